import type {Root} from 'nlcst'
import {candidateTexts, lintRule, locate, placeOf} from '@jiaodui/lint-rule'

// One pinyin syllable: an optional initial and a final of Hanyu Pinyin, in
// lower case, with a tone mark on a vowel or a tone number 1–5 at the end
// (`fā`, `huì`, `zhe`, `fa1`, `lv4`). The finals are the syllable inventory of
// the Scheme for the Chinese Phonetic Alphabet (1958).
const vowel = '[aāáǎàeēéěèiīíǐìoōóǒòuūúǔùüǖǘǚǜv]'
const marked = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/
const syllable = new RegExp(
  `^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:${vowel}{1,3}(?:ng|n|r)?|ng|n|m|er|ê)([1-5])?$`
)
const han = /^\p{Script=Han}$/u
const opening = new Set(['(', '（'])
const closing: Record<string, string> = {'(': ')', '（': '）'}

/** Whether `text` is one lower-case pinyin syllable carrying its tone. */
export function isPinyinSyllable(text: string): boolean {
  const normal = text.normalize('NFC')
  if (normal.length > 7 || normal !== normal.toLowerCase()) return false
  const match = syllable.exec(normal)
  if (!match) return false
  // A tone is required: `(li)` or `(an)` may be an abbreviation or a gloss.
  return match[1] !== undefined || marked.test(normal)
}

const rule = lintRule(
  {
    origin: 'jiaodui:no-pinyin-annotation',
    family: 'script',
    description: 'Pinyin annotations leaked from ruby markup, such as 發(fā)',
    defaultSeverity: 'warning',
    fixable: true
  },
  function (tree: Root, file, {report}) {
    const source = String(file.value)
    for (const joined of candidateTexts(tree, source, /[(（]/)) {
      const text = joined.text
      if (!text.includes('(') && !text.includes('（')) continue
      for (let index = 0; index < text.length; index++) {
        const open = text[index]!
        if (!opening.has(open)) continue
        const close = text.indexOf(closing[open]!, index + 1)
        if (close === -1 || close - index > 9) continue
        const reading = text.slice(index + 1, close)
        // The character annotated: the hanzi right before the bracket.
        const before = previousChar(text, index)
        if (!before || !han.test(before) || !isPinyinSyllable(reading)) continue
        // Readings stacked on one hanzi (`發(fā)(fa1)`) go in one message, so one fix removes them all.
        let end = close + 1
        for (;;) {
          const next = text[end]
          if (next === undefined || !opening.has(next)) break
          const nextClose = text.indexOf(closing[next]!, end + 1)
          if (nextClose === -1 || nextClose - end > 9 || !isPinyinSyllable(text.slice(end + 1, nextClose))) break
          end = nextClose + 1
        }
        const annotation = text.slice(index, end)
        const span = locate(joined, index, annotation.length)
        if (!span) continue
        report(`Unexpected pinyin \`${annotation}\` after \`${before}\`, expected nothing`, {
          place: placeOf(file, span.start, span.exact ? span.start + annotation.length : span.end),
          expected: span.exact ? [''] : undefined,
          note: 'A hanzi followed by its reading in brackets is ruby markup (`<ruby>發<rt>fā</rt></ruby>`) flattened by a scraper or a copy from a web page; the reading does not belong in the running text.',
          data: {hanzi: before, pinyin: reading}
        })
        index = end - 1
      }
    }
  }
)

export default rule

function previousChar(text: string, index: number): string | undefined {
  if (index === 0) return undefined
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index)
  return text[index - 1]
}
