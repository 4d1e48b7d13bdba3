import {fullwidthAscii} from './generated/width.js'

let toAscii: Map<string, string> | undefined
let toFull: Map<string, string> | undefined

function load(): void {
  if (toAscii) return
  toAscii = new Map()
  toFull = new Map()
  const list = Array.from(fullwidthAscii)
  for (let index = 0; index + 1 < list.length; index += 2) {
    toAscii.set(list[index]!, list[index + 1]!)
    toFull.set(list[index + 1]!, list[index]!)
  }
}

/** The ASCII character of a full-width form (`Ａ` → `A`, `１` → `1`), if `char` is one. */
export function asciiOf(char: string): string | undefined {
  load()
  return toAscii!.get(char)
}

/** The full-width form of an ASCII character (`,` → `，`), if it has one. */
export function fullwidthOf(char: string): string | undefined {
  load()
  return toFull!.get(char)
}

/**
 * Half-width punctuation that Chinese prose writes full-width (GB/T
 * 15834-2011), mapped to its full-width form: `,` `:` `;` `!` `?` `(` `)`.
 */
export function chinesePunctuationOf(char: string): string | undefined {
  return ',:;!?()'.includes(char) && char.length === 1 ? fullwidthOf(char) : undefined
}
