// Characters a checker must accept although OpenCC's conversion would change
// them: regional standard forms and vocabulary, characters that are correct
// as themselves in traditional text, and names in simplified text. Curated by
// hand from the cases found in real Hong Kong, Taiwan and mainland news (see
// bench/eval-script); each entry says why.
import {isSurname} from './names.js'
import type {RegionTag} from './region.js'

/**
 * Shared characters that traditional text writes as themselves in common
 * words, so that OpenCC's simplified-side phrases are not evidence of a
 * leftover: `入伙`, `占比` (Taiwan's standard
 * form), `厘米` and `恒生` (Hong Kong's), and the surnames and given names
 * 范 岳 郁 杰 (`凌杰作出` is not `傑作`). A leftover of these is left to the editor.
 */
const traditionalAsThemselves = new Set(Array.from('占伙岳范郁杰厘恒'))

// Words in which every traditional region writes 准 (permit) and 游 (swim,
// flow) as themselves; elsewhere a phrase decides (`准備` → `準備`, `旅游` → `旅遊`).
const traditionalCommon = [
  '不准', '批准', '准許', '准予', '准考證', '核准', '獲准', '恩准', '准將', '准許證',
  '游泳', '游水', '上游', '下游', '中游', '游走', '游擊', '游離', '游資', '游牧', '游說', '游客', '游弋', '力爭上游'
]

// Words in which a character OpenCC counts as simplified (or as another
// meaning) is the region's standard: Taiwan's village offices (里長, 里幹事),
// the youngest child (么女, 么兒), Hong Kong's Cantonese particles (吓, 晒)
// and words (入伙, 伙記), 恒 and 厘 (interest quoted in 厘).
const traditionalWords: Record<RegionTag, readonly string[]> = {
  'zh-TW': ['里長', '里幹事', '里民', '鄰里', '里辦公處', '村里', '么女', '么兒', '么弟', '么妹', '么子', '么叔', '么姑', '么舅'],
  'zh-HK': ['么女', '么仔', '么弟', '么妹', '入伙', '伙記', '里長', '里幹事'],
  'zh-MO': ['么女', '么弟', '么妹', '入伙', '伙記'],
  'zh-CN': []
}

// Single characters standard in Hong Kong and Macau whatever the word:
// Cantonese 吓 (a moment, huh?) and 晒 (all, completely).
const hongKongCharacters = new Set(['吓', '晒'])
// Except where 晒 is sun-drying (曬 in Hong Kong too).
const sunDrying = ['晒太陽', '晒衣', '晒乾', '晒黑', '晒傷', '晒被', '晒穀', '晒鹽']

// A page's language switch names the other script in that script (`简体`
// on a traditional page, `繁體` on a simplified one): deliberate, not a leftover.
const simplifiedLabels = ['简体', '简中', '簡体', '中文简', '简繁', '简/繁', '繁/简']
const traditionalLabels = ['繁體', '正體', '繁中', '繁简', '繁/简', '简/繁']

function isLanguageLabel(chars: readonly string[], index: number, labels: readonly string[], single: string): boolean {
  if (labels.some((word) => wordCovers(chars, index, word))) return true
  // The bare `简` or `繁` of a switch: alone between marks or spaces.
  return chars[index] === single && !isHanChar(chars[index - 1]) && !isHanChar(chars[index + 1])
}

function isHanChar(char: string | undefined): boolean {
  return char !== undefined && /^\p{Script=Han}$/u.test(char)
}

/** Whether `word` occurs in `chars` covering `index`. */
export function wordCovers(chars: readonly string[], index: number, word: string): boolean {
  const letters = Array.from(word)
  for (let offset = 0; offset < letters.length; offset++) {
    if (letters[offset] !== chars[index]) continue
    const start = index - offset
    if (start < 0 || start + letters.length > chars.length) continue
    let same = true
    for (let at = 0; at < letters.length && same; at++) same = chars[start + at] === letters[at]
    if (same) return true
  }
  return false
}

/**
 * Why a character of a traditional text that OpenCC would convert is right as
 * written, or `undefined`: a regional word or character, or a character that
 * traditional text writes as itself. `regions` are the regions whose
 * vocabulary counts (all traditional regions when the region was detected).
 */
export function acceptedInTraditional(chars: readonly string[], index: number, regions: readonly RegionTag[]): string | undefined {
  const char = chars[index]!
  for (const region of regions) {
    for (const word of traditionalWords[region]) if (word.includes(char) && wordCovers(chars, index, word)) return `${region} word \`${word}\``
  }
  if ((regions.includes('zh-HK') || regions.includes('zh-MO')) && hongKongCharacters.has(char)) {
    if (!sunDrying.some((word) => wordCovers(chars, index, word))) return `Hong Kong character \`${char}\``
  }
  if (traditionalAsThemselves.has(char)) return `\`${char}\` is also a traditional character`
  for (const word of traditionalCommon) if (word.includes(char) && wordCovers(chars, index, word)) return `traditional word \`${word}\``
  if (isLanguageLabel(chars, index, simplifiedLabels, '简')) return 'language switch'
  return undefined
}

// Simplified text: 薹 is the standard simplified character (蒜薹), which
// OpenCC folds into 苔; 乾 stays in names and places (乾隆, 乾安县); 昇, 濛 and
// the surname 於 are standard in personal names (通用规范汉字表, 2013).
const simplifiedAlways = new Set(['薹'])
const simplifiedInNames = new Set(['乾', '昇', '濛', '於'])
const simplifiedWords = ['乾隆', '乾坤', '乾安', '乾县', '乾陵', '乾元', '乾清', '乾嘉', '乾州', '乾道', '乾卦']

/**
 * Why a character of a simplified text that OpenCC would convert is right as
 * written, or `undefined`. `inName` says whether the character is part of a
 * person's name.
 */
export function acceptedInSimplified(chars: readonly string[], index: number, inName: boolean): string | undefined {
  const char = chars[index]!
  if (simplifiedAlways.has(char)) return `\`${char}\` is a standard simplified character`
  if (isLanguageLabel(chars, index, traditionalLabels, '繁')) return 'language switch'
  if (simplifiedInNames.has(char)) {
    // A given name right after a surname (`王濛`, `李昇`) counts even without a boundary.
    const givenName = isSurname(chars[index - 1] ?? '') || (isSurname(chars[index - 2] ?? '') && isHanChar(chars[index - 1]))
    if (inName || (char !== '於' && givenName)) return `\`${char}\` is standard in names`
    for (const word of simplifiedWords) if (word.includes(char) && wordCovers(chars, index, word)) return `name \`${word}\``
  }
  return undefined
}
