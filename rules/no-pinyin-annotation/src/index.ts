import type {Root} from 'nlcst'
import {candidateTexts, lintRule, locate, placeOf} from '@jiaodui/lint-rule'
import {allowedMask, allowedWords, regionOf} from '@jiaodui/zh-script'

// The syllables of Hanyu Pinyin (the Scheme for the Chinese Phonetic
// Alphabet, 1958, and the syllable table of 现代汉语词典), without tones; `ü`
// also written `v`. A reading outside this table is not pinyin: Cantonese
// Jyutping (`gau1`, `sik6`), abbreviations, English words.
const syllableTable = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nü nüe
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo sa sai san sang sao se sen seng si song sou su suan sui sun suo
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun wa wai wan wang wei wen weng wo wu e ei en eng er o ou ng m n hm hng ê`
const syllables = new Set(syllableTable.split(/\s+/))
const marked = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/
const toneMarks: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a', ē: 'e', é: 'e', ě: 'e', è: 'e', ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o', ū: 'u', ú: 'u', ǔ: 'u', ù: 'u', ǖ: 'ü', ǘ: 'ü', ǚ: 'ü', ǜ: 'ü', v: 'ü'
}
const han = /^\p{Script=Han}$/u
const opening = new Set(['(', '（'])
const closing: Record<string, string> = {'(': ')', '（': '）'}
// The longest bracketed reading looked at, spaces included (`( zhuàng )`):
// the closing bracket is searched this far only, which keeps the scan linear.
const maximumReading = 10

/** Whether `text` is one lower-case pinyin syllable carrying its tone. */
export function isPinyinSyllable(text: string): boolean {
  const normal = text.normalize('NFC')
  if (normal.length > 7 || normal !== normal.toLowerCase()) return false
  const numbered = /^([a-zü]+)([1-5])$/.exec(normal)
  // A tone is required: `(li)` or `(an)` may be an abbreviation or a gloss.
  if (!numbered && !marked.test(normal)) return false
  const base = Array.from(numbered ? numbered[1]! : normal, (char) => toneMarks[char] ?? char).join('')
  return syllables.has(base)
}

/** Whether a reading is a numbered syllable: in Hong Kong and Macau text such a gloss is Jyutping, written on purpose. */
function isNumbered(text: string): boolean {
  return /[0-9]$/.test(text)
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
    const allow = allowedWords(file)
    // The region is looked up only when a numbered reading needs it.
    let cantonese: boolean | undefined
    const isCantonese = () => {
      if (cantonese === undefined) {
        const region = regionOf(file).region
        cantonese = region === 'zh-HK' || region === 'zh-MO'
      }
      return cantonese
    }
    for (const joined of candidateTexts(tree, source, /[(（]/)) {
      const text = joined.text
      if (!text.includes('(') && !text.includes('（')) continue
      const mask = allowedMask(text, allow)
      for (let index = 0; index < text.length; index++) {
        const open = text[index]!
        if (!opening.has(open)) continue
        const close = closingAt(text, index)
        if (close === -1) continue
        const reading = text.slice(index + 1, close).trim()
        if (mask && mask[index] === 1) continue
        if (isNumbered(reading) && isCantonese()) continue
        // The character annotated: the hanzi right before the bracket.
        const before = previousChar(text, index)
        if (!before || !han.test(before) || !isPinyinSyllable(reading)) continue
        // Readings stacked on one hanzi (`發(fā)(fa1)`) go in one message, so one fix removes them all.
        let end = close + 1
        for (;;) {
          const next = text[end]
          if (next === undefined || !opening.has(next)) break
          const nextClose = closingAt(text, end)
          if (nextClose === -1 || !isPinyinSyllable(text.slice(end + 1, nextClose).trim())) break
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

/** Offset of the bracket closing the one at `open`, looked for within `maximumReading` units; -1 if none. */
function closingAt(text: string, open: number): number {
  const close = closing[text[open]!]!
  const last = Math.min(text.length - 1, open + maximumReading + 1)
  for (let at = open + 1; at <= last; at++) {
    const char = text[at]!
    if (char === close) return at
    if (opening.has(char)) return -1
  }
  return -1
}

function previousChar(text: string, index: number): string | undefined {
  if (index === 0) return undefined
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index)
  return text[index - 1]
}
