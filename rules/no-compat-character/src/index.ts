import type {Root} from 'nlcst'
import {candidateTexts, lintRule, locate, placeOf} from '@jiaodui/lint-rule'
import {allowedMask, allowedWords, chinesePunctuationOf, compatCandidate, compatibilityOf, type CompatKind} from '@jiaodui/zh-script'

const candidates = new RegExp(compatCandidate.source, 'g')
const chineseContext = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u201C\u201D\u2018\u2019\u2026\u2014]/u

const names: Record<CompatKind, string> = {
  'small-form': 'small form',
  'vertical-form': 'vertical form',
  'compatibility-ideograph': 'compatibility ideograph',
  'kangxi-radical': 'Kangxi radical',
  'radical-supplement': 'CJK radical'
}

const notes: Record<CompatKind, string> = {
  'small-form':
    'Small form variants (U+FE50–FE6F) exist only for compatibility with the CNS 11643 small-form set; as text they are ordinary punctuation in the wrong code point, which breaks search and the other punctuation checks (Unicode decomposition <small>).',
  'vertical-form':
    'Presentation forms for vertical text (U+FE10–FE19, U+FE30–FE48) are glyph variants for vertical layout; in running text use the ordinary character (Unicode decomposition <vertical>).',
  'compatibility-ideograph':
    'CJK compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F) are duplicates of unified ideographs kept for round-tripping legacy encodings; they look the same but do not match in search and are changed by Unicode normalisation (NFC).',
  'kangxi-radical':
    'Kangxi radicals (U+2F00–2FDF) are symbols for dictionary radicals, not characters of text; PDF extraction often produces them in place of the look-alike hanzi (Unicode decomposition <compat>).',
  'radical-supplement':
    'CJK radicals supplement characters (U+2E80–2EFF) are radical shapes, not characters of text; PDF extraction produces them in place of look-alike hanzi.'
}

const rule = lintRule(
  {
    origin: 'jiaodui:no-compat-character',
    family: 'script',
    description: 'Small-form punctuation, CJK compatibility ideographs and Kangxi radicals that look like ordinary characters',
    defaultSeverity: 'warning',
    fixable: true
  },
  function (tree: Root, file, {report}) {
    const source = String(file.value)
    const allow = allowedWords(file)
    for (const joined of candidateTexts(tree, source, compatCandidate)) {
      const text = joined.text
      if (!compatCandidate.test(text)) continue
      const mask = allowedMask(text, allow)
      for (const match of text.matchAll(candidates)) {
        const char = match[0]
        if (mask && mask[match.index] === 1) continue
        const found = compatibilityOf(char)
        if (!found) continue
        if (isQuotedRadical(text, match.index, char, found.kind)) continue
        let replacement = found.replacement
        if (found.kind === 'small-form' && replacement) {
          // `﹔` between hanzi is the Chinese semicolon `；`, not ASCII `;`.
          const before = text.slice(Math.max(0, match.index - 2), match.index)
          const after = text.slice(match.index + char.length, match.index + char.length + 2)
          const wide = chinesePunctuationOf(replacement)
          if (wide && (chineseContext.test(before.slice(-1)) || chineseContext.test(after.slice(0, 1)))) replacement = wide
        }
        const span = locate(joined, match.index, char.length)
        if (!span) continue
        const code = codePoint(char)
        report(
          replacement
            ? `Unexpected ${names[found.kind]} \`${char}\` (${code}), expected \`${replacement}\` (${codePoint(replacement)})`
            : `Unexpected ${names[found.kind]} \`${char}\` (${code}), expected the hanzi it stands for`,
          {
            place: placeOf(file, span.start, span.exact ? span.start + char.length : span.end),
            expected: span.exact ? (replacement ? [replacement] : []) : undefined,
            note: notes[found.kind],
            data: {kind: found.kind, codePoint: code}
          }
        )
      }
    }
  }
)

export default rule

// Marks around a radical quoted as itself, and words that name a radical.
const quoteOpen = /[「『“‘《〈（(【\[]$/u
const quoteClose = /^[」』”’》〉）)】\]]/u
const radicalName = /^(?:部|字旁|旁|字頭|字头|字底|偏旁)/u

/**
 * Whether a radical is written on purpose, as a radical: quoted on its own
 * (`「⺡」`, `“⼈”`) or named (`⺡旁`, `⼈部`). PDF debris sits inside words.
 */
function isQuotedRadical(text: string, at: number, char: string, kind: CompatKind): boolean {
  if (kind !== 'kangxi-radical' && kind !== 'radical-supplement') return false
  const before = text.slice(Math.max(0, at - 1), at)
  const after = text.slice(at + char.length, at + char.length + 2)
  return (quoteOpen.test(before) && quoteClose.test(after)) || radicalName.test(after)
}

function codePoint(char: string): string {
  return 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
}
