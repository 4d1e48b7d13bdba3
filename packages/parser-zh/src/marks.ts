// Punctuation that sentence splitting cares about.

/** Closing quote or bracket → its opening counterpart. */
export const closerToOpener: ReadonlyMap<number, number> = new Map(
  [
    ['”', '“'], ['’', '‘'], ['」', '「'], ['』', '『'], ['〞', '〝'], ['〟', '〝'],
    ['）', '（'], [')', '('], ['】', '【'], ['》', '《'], ['〉', '〈'],
    [']', '['], ['］', '［'], ['}', '{'], ['｝', '｛'], ['〕', '〔'], ['〗', '〖'],
    ['〙', '〘'], ['〛', '〚'], ['»', '«'], ['›', '‹'], ['⟩', '⟨'], ['｠', '｟'],
    ['｣', '｢'], ['﹂', '﹁'], ['﹄', '﹃'], ['︶', '︵'], ['︸', '︷'], ['︺', '︹'],
    ['︼', '︻'], ['︾', '︽'], ['﹀', '︿'], ['﹚', '﹙'], ['﹜', '﹛'], ['﹞', '﹝'],
    ['︘', '︗'], ['﹈', '﹇']
  ].map(([close, open]) => [close!.charCodeAt(0), open!.charCodeAt(0)])
)

/** Opening quotes and brackets. */
export const openers: ReadonlySet<number> = new Set(closerToOpener.values())

/** ASCII double quote: opens or closes depending on what is open. */
export const asciiDoubleQuote = 0x22
/** ASCII apostrophe / single quote: never tracked, only attached as a closer. */
export const asciiSingleQuote = 0x27
/** ASCII full stop: a terminal only in Latin context. */
export const fullStop = 0x2e

/**
 * Sentence terminals: `。｡．！？!?…；;` plus small, vertical and doubled
 * forms (`﹒﹔﹖﹗︒︔︕︖︙‼⁇⁈⁉‽`).  The ASCII `.` is handled separately.
 */
export const terminals: ReadonlySet<number> = new Set(
  [...'。｡．！？!?…；;﹒﹔﹖﹗︒︔︕︖︙‼⁇⁈⁉‽'].map((char) => char.charCodeAt(0))
)

/** Whether a punctuation character is never merged with an identical neighbour. */
export function isQuoteOrBracket(code: number): boolean {
  return (
    closerToOpener.has(code) ||
    openers.has(code) ||
    code === asciiDoubleQuote ||
    code === asciiSingleQuote
  )
}
