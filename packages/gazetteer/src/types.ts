/** Administrative levels, from the country down to townships. */
export type AdminLevel = 'country' | 'province' | 'city' | 'county' | 'township'
/** Every level a mention can have: villages come from text patterns, not from the data. */
export type PlaceLevel = AdminLevel | 'village'

/** A place from the gazetteer (country to township). */
export interface AdminPlace {
  /** `CN` for the country; GB/T 2260-style digits otherwise (2 province, 4 city, 6 county, 9 township). */
  readonly code: string
  /** Official name, simplified (`阿坝藏族羌族自治州`, `娄烦县`). */
  readonly name: string
  /** The usual short form (`阿坝`, `娄烦`); equal to `name` when there is none. */
  readonly shortName: string
  readonly level: AdminLevel
  /** Parent code; absent for the country and for provinces (whose parent is `CN`, see `parentOf`). */
  readonly parentCode?: string
  /** Names from the province down to this place (`['山西省', '太原市', '娄烦县']`); `[]` for the country. */
  readonly path: readonly string[]
}

/** A village or community found by pattern (`凤凰沟村`); it has no code. */
export interface VillagePlace {
  readonly code: undefined
  /** Simplified name with its `村`/`社区` (`凤凰沟村`). */
  readonly name: string
  /** The name without `村`/`社区` (`凤凰沟`). */
  readonly shortName: string
  readonly level: 'village'
  /** Code of the place it was attached to (the township or county right before it), when known. */
  readonly parentCode?: string
  readonly path: readonly string[]
}

export type Place = AdminPlace | VillagePlace

/** How a mention's place was chosen. */
export type Resolution = 'unique' | 'chain' | 'nesting' | 'document' | 'village'

/** One place name found in a text. Offsets are UTF-16 code units into the original text. */
export interface PlaceMention {
  readonly start: number
  readonly end: number
  /** The exact slice `text.slice(start, end)` (traditional characters kept). */
  readonly text: string
  /** The place, when it could be decided; `undefined` when `candidates` has several places. */
  readonly place: Place | undefined
  /** Every place the name can mean (one element when unambiguous). */
  readonly candidates: readonly Place[]
  /** True when the text is a short form or variant (`贵州`, `黔南州`), false for the official name. */
  readonly alias: boolean
  /** How `place` was chosen; `undefined` when it was not. */
  readonly resolvedBy: Resolution | undefined
}
