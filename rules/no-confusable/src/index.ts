import type {Root} from 'nlcst'
import {candidateTexts, lintRule, locate, placeOf} from '@jiaodui/lint-rule'
import {allowedMask, allowedWords, latinLookalike} from '@jiaodui/zh-script'

// A word of alphabetic letters (with their combining marks) of the three
// scripts whose letters are confused with each other.
const word = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}][\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}]*/gu
const latin = /\p{Script=Latin}/u
const cyrillic = /\p{Script=Cyrillic}/u
const greek = /\p{Script=Greek}/u
const letter = /\p{L}/u
const lookalikeScripts = /[\u0370-\u052F\u1D00-\u1DBF\u1F00-\u1FFF\uA640-\uA69F]/

const greekPrefix = /^[\u03B1-\u03C9]+(?=[A-Z0-9])/u

/**
 * Whether a word is scientific notation led by lower-case Greek letters:
 * `γH2AX`, `αKlotho` (a symbol, then the capitalised name it qualifies).
 */
function isGreekNotation(word: string): boolean {
  const prefix = greekPrefix.exec(word)
  if (!prefix) return false
  return !/[\p{Script=Greek}\p{Script=Cyrillic}]/u.test(word.slice(prefix[0].length))
}

const rule = lintRule(
  {
    origin: 'jiaodui:no-confusable',
    family: 'script',
    description: 'Latin words carrying Cyrillic or Greek look-alike letters',
    defaultSeverity: 'warning',
    fixable: true
  },
  function (tree: Root, file, {report}) {
    const source = String(file.value)
    const allow = allowedWords(file)
    for (const joined of candidateTexts(tree, source, lookalikeScripts)) {
      const text = joined.text
      const mask = allowedMask(text, allow)
      for (const match of text.matchAll(word)) {
        const value = match[0]
        let latinCount = 0
        const others: Array<{char: string; script: 'Cyrillic' | 'Greek'}> = []
        for (const char of value) {
          if (!letter.test(char)) continue
          if (latin.test(char)) latinCount++
          else if (cyrillic.test(char)) others.push({char, script: 'Cyrillic'})
          else if (greek.test(char)) others.push({char, script: 'Greek'})
        }
        // UTS #39 mixed-script detection: the letters of one word share no script.
        if (latinCount === 0 || others.length === 0) continue
        // Greek letters that look like no Latin one are notation (δK, ΔT, μg).
        if (others.every((other) => other.script === 'Greek' && !latinLookalike(other.char))) continue
        if (isGreekNotation(value)) continue
        if (mask && mask[match.index] === 1) continue
        const scripts = [...new Set(others.map((other) => other.script))]
        const fixable = latinCount >= others.length && others.every((other) => latinLookalike(other.char))
        const fixed = fixable ? Array.from(value, (char) => latinLookalike(char)?.latin ?? char).join('') : undefined
        const span = locate(joined, match.index, value.length)
        if (!span) continue
        const letters = others.map((other) => `\`${other.char}\``).join(', ')
        report(
          fixed
            ? `Unexpected ${scripts.join(' and ')} ${letters} in \`${value}\`, expected \`${fixed}\``
            : `Unexpected mix of Latin and ${scripts.join(' and ')} letters in \`${value}\``,
          {
            place: placeOf(file, span.start, span.exact ? span.start + value.length : span.end),
            expected: span.exact ? (fixed ? [fixed] : []) : undefined,
            note: 'A word mixing Latin with Cyrillic or Greek letters is almost always a look-alike substitution (from OCR, a keyboard layout or a deliberate spoof) that breaks search and spell checking (Unicode Technical Standard #39, mixed-script detection).',
            data: {
              scripts: ['Latin', ...scripts],
              characters: others.map((other) => 'U+' + other.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'))
            }
          }
        )
      }
    }
  }
)

export default rule
