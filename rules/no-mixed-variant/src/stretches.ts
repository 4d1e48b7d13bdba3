import {charScript, simplifiedPhraseTable, traditionalPhraseTable, type Conversion} from '@jiaodui/zh-script'

/**
 * Converting a paragraph only where it can matter. The rule converts a whole
 * paragraph (to simplified, then back to traditional) to learn what a few
 * characters should be; most stretches of a paragraph hold none of them, and
 * that conversion was about a tenth of a check of 200 articles (bench/throughput).
 *
 * A *barrier* is a character in no phrase of either OpenCC phrase table and in
 * no conversion table (punctuation, digits, Latin letters): no phrase match
 * spans it and it converts to itself, so the longest-match-from-the-left scan
 * of `convertChars` arrives at it whatever came before, and each stretch
 * between barriers converts as it does inside the whole paragraph.
 */

let keyCharacters: Set<string> | undefined

/** Whether no phrase of either table holds `char` and no table converts it (see above). */
export function isBarrier(char: string): boolean {
  if (!keyCharacters) {
    keyCharacters = new Set()
    for (const table of [simplifiedPhraseTable(), traditionalPhraseTable()]) {
      for (const key of table.map.keys()) for (const keyChar of key) keyCharacters.add(keyChar)
    }
  }
  return charScript(char) === 'neutral' && !keyCharacters.has(char)
}

/**
 * The conversion of `chars` computed stretch by stretch (between barriers):
 * `convert` (given a stretch and where it starts) runs only on stretches that
 * hold an index `wanted` accepts; elsewhere every character stands for itself
 * (its own value, no phrase). Exact at every wanted index and for any phrase
 * around one; a caller must read nothing else.
 */
export function convertWanted(chars: readonly string[], wanted: (index: number) => boolean, convert: (part: string[], at: number) => Conversion): Conversion {
  const size = chars.length
  const value = chars.slice()
  const phrase = new Array<boolean>(size).fill(false)
  const start = new Array<number>(size)
  const end = new Array<number>(size)
  for (let index = 0; index < size; index++) {
    start[index] = index
    end[index] = index + 1
  }
  let from = 0
  while (from < size) {
    let to = from
    let needed = false
    while (to < size && !isBarrier(chars[to]!)) {
      if (!needed && wanted(to)) needed = true
      to++
    }
    if (needed) {
      const part = convert(chars.slice(from, to), from)
      for (let k = 0; k < to - from; k++) {
        value[from + k] = part.value[k]!
        phrase[from + k] = part.phrase[k]!
        start[from + k] = part.start[k]! + from
        end[from + k] = part.end[k]! + from
      }
    }
    from = to + 1
  }
  return {value, phrase, start, end}
}
