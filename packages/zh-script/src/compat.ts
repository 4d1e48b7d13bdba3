import {compatibilityIdeographs, kangxiRadicals, radicalsSupplement, smallForms, verticalForms} from './generated/compat.js'

/** Kind of a compatibility character. */
export type CompatKind = 'small-form' | 'vertical-form' | 'compatibility-ideograph' | 'kangxi-radical' | 'radical-supplement'

/** What a compatibility character stands for. */
export interface CompatCharacter {
  kind: CompatKind
  /** The ordinary character (Unicode decomposition); `undefined` when Unicode gives none. */
  replacement: string | undefined
}

let table: Map<string, CompatCharacter> | undefined

function load(): Map<string, CompatCharacter> {
  if (table) return table
  table = new Map()
  const add = (value: string, kind: CompatKind) => {
    const list = Array.from(value)
    for (let index = 0; index + 1 < list.length; index += 2) table!.set(list[index]!, {kind, replacement: list[index + 1]})
  }
  add(smallForms, 'small-form')
  add(verticalForms, 'vertical-form')
  // U+FE30 decomposes to the two-dot leader `‥`, but Big5 text (Hong Kong,
  // Taiwan) uses it as the full-width colon: what was meant is `：`.
  table.set('\uFE30', {kind: 'vertical-form', replacement: '\uFF1A'})
  add(compatibilityIdeographs, 'compatibility-ideograph')
  add(kangxiRadicals, 'kangxi-radical')
  const list = Array.from(radicalsSupplement)
  for (let index = 0; index < list.length; index++) {
    const char = list[index]!
    if (list[index + 1] === '=') {
      table.set(char, {kind: 'radical-supplement', replacement: list[index + 2]})
      index += 2
    } else {
      table.set(char, {kind: 'radical-supplement', replacement: undefined})
    }
  }
  return table
}

/**
 * The compatibility character `char` is, if any: small-form punctuation
 * (`﹔`), vertical presentation forms (`︰`), CJK compatibility ideographs
 * (U+F900–FAFF and supplement), Kangxi radicals (`⼈`) and CJK radicals
 * supplement (`⺠`).
 */
export function compatibilityOf(char: string): CompatCharacter | undefined {
  return load().get(char)
}

/** Test for a code unit range worth a lookup: cheap pre-filter for scanners. */
export const compatCandidate = /[\u2E80-\u2FDF\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F]|\uD87E[\uDC00-\uDE1F]/
