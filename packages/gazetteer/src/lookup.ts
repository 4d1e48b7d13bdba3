import { gazetteer, parentOf as parentOfAdmin } from './data.js'
import { foldToSimplified } from './fold.js'
import type { AdminPlace, Place } from './types.js'

/** The place with this code (`CN`, `52`, `140123`…), or undefined. */
export function placeByCode(code: string): AdminPlace | undefined {
  return gazetteer().byCode.get(code)
}

/**
 * Every place a name can mean, official names and aliases alike, guarded short forms included
 * (`白云` → 广州 and 贵阳's 白云区). Traditional input is folded (`貴州` → 贵州省).
 */
export function lookup(name: string): AdminPlace[] {
  const entries = gazetteer().namesOf(foldToSimplified(name.trim()))
  return entries ? entries.map((e) => e.place) : []
}

/** The parent of a place (`CN` for provinces; the township or county for a village), if any. */
export function parentOf(place: Place): AdminPlace | undefined {
  if (place.level === 'village') return place.parentCode ? placeByCode(place.parentCode) : undefined
  return parentOfAdmin(place)
}

/** Direct children of a place in the gazetteer. */
export function childrenOf(place: AdminPlace): readonly AdminPlace[] {
  return gazetteer().childrenOf(place.code)
}
