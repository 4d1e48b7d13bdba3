import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {compileDictionary, fnv, JiebaTagger, naturalLog, readDictionary} from '../src/jieba.js'
import {compiledDictionary, jiebaTagger, nativeTagger} from '../src/jieba-node.js'
import {userDictionary} from '../src/news-words.js'

// jieba's cut without HMM and its tags, in JavaScript (`src/jieba.ts`), on dictionaries and
// sentences written for this test; against `@node-rs/jieba` (the real jieba-rs) on sentences of
// our own here, on every sentence of the shared corpus in `jieba.corpus.test.ts`.

const source = {mainBytes: 0, userHash: 0}

function taggerOf(main: string, user = ''): JiebaTagger {
  return new JiebaTagger(readDictionary(compileDictionary(main, user, source)) as NonNullable<ReturnType<typeof readDictionary>>)
}

const words = (tagger: JiebaTagger, text: string) => tagger.tag(text).map(({word, tag}) => `${word}/${tag}`)

describe('naturalLog', () => {
  it('rounds correctly where Math.log is a unit in the last place off (as the C library jieba-rs uses does)', () => {
    // Values of glibc's log (Python's math.log) on this machine.
    expect(naturalLog(3)).toBe(1.0986122886681098)
    expect(naturalLog(48)).toBe(3.871201010907891)
    expect(naturalLog(76_462)).toBe(11.244549164376261)
    expect(naturalLog(2 ** 40)).toBe(27.725887222397812)
    expect(naturalLog(1e9)).toBe(20.72326583694641)
    expect(naturalLog(1)).toBe(0)
    expect(naturalLog(2)).toBe(Math.LN2)
    expect(naturalLog(10)).toBe(Math.LN10)
    expect(naturalLog(0)).toBe(-Infinity)
  })

  it('is within one unit in the last place of Math.log for any whole number', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 2 ** 40}), (n) => {
        const exact = naturalLog(n)
        const approx = Math.log(n)
        return Math.abs(exact - approx) <= Math.abs(approx) * Number.EPSILON
      })
    )
  })

  it('refuses what is not a whole number', () => {
    expect(() => naturalLog(1.5)).toThrow(/not a whole number/)
    expect(() => naturalLog(-1)).toThrow(/not a whole number/)
  })
})

describe('compileDictionary and readDictionary', () => {
  it('read a word again with the new frequency and the first tag, and a missing frequency as 0', () => {
    // 北京大学 with frequency 0 is never on a route; 北京 and 大学 apart are.
    const tagger = taggerOf('北京 500 ns\n大学 400 n\n北京大学 0 nt\n北京 600 n\n', '大学 700 v')
    expect(words(tagger, '北京大学')).toEqual(['北京/ns', '大学/n'])
    const noFreq = taggerOf('北京\n大学 400 n\n北京大学 50 nt\n')
    expect(words(noFreq, '北京大学')).toEqual(['北京大学/nt'])
    expect(words(noFreq, '北京')).toEqual(['北京/'])
  })

  it('refuses a frequency that is not a whole number, naming the line', () => {
    expect(() => compileDictionary('甲 1 n\n乙 1.5 n\n', '', source)).toThrow(/line 2: frequency 1\.5/)
  })

  it('reads its own output, also from a copy that does not start 8-aligned, and nothing else', () => {
    const bytes = compileDictionary('中国 100 ns\n人民 80 n\n', '', source)
    const shifted = new Uint8Array(bytes.length + 3)
    shifted.set(bytes, 3)
    const tables = readDictionary(shifted.subarray(3))
    expect(tables).toBeDefined()
    expect(new JiebaTagger(tables as NonNullable<typeof tables>).tag('中国人民').map(({word}) => word)).toEqual(['中国', '人民'])
    expect(readDictionary(bytes.subarray(0, bytes.length - 1))).toBeUndefined()
    const other = bytes.slice()
    other[4] = 99
    expect(readDictionary(other)).toBeUndefined()
    expect(readDictionary(new Uint8Array(10))).toBeUndefined()
  })
})

describe('JiebaTagger', () => {
  const tagger = taggerOf(['研究 800 vn', '研究生 300 n', '生命 500 n', '命 40 n', '起源 400 n', '生 200 v', '起 90 v', '源 30 ng', '𠀀𠀁 50 nz', '4S店 3 n'].join('\n'))

  it('takes the route of greatest probability through a block (研究生命起源: 研究/生命/起源)', () => {
    expect(words(tagger, '研究生命起源')).toEqual(['研究/vn', '生命/n', '起源/n'])
    expect(words(tagger, '研究生')).toEqual(['研究生/n'])
  })

  it('gives a character no word starts at as a word of its own, tagged x', () => {
    expect(words(tagger, '甲研究乙')).toEqual(['甲/x', '研究/vn', '乙/x'])
  })

  it('makes every character outside a block a word of its own, and \\r\\n one word', () => {
    expect(tagger.cut('研究，起源。 \r\n\r生')).toEqual(['研究', '，', '起源', '。', ' ', '\r\n', '\r', '生'])
  })

  it('joins one-character ASCII letters and digits on the route, and tags them m or eng', () => {
    expect(words(tagger, '研究2020年')).toEqual(['研究/vn', '2020/m', '年/x'])
    expect(words(tagger, 'abc12研究')).toEqual(['abc12/eng', '研究/vn'])
    // `.` and `%` are in a block but not letters or digits: they end the joined run.
    expect(words(tagger, '3.5%')).toEqual(['3/m', './x', '5/m', '%/x'])
    expect(words(tagger, '4S店')).toEqual(['4S店/n'])
  })

  it('reads characters outside the Basic Multilingual Plane as one character each', () => {
    expect(words(tagger, '𠀀𠀁生𠀂')).toEqual(['𠀀𠀁/nz', '生/v', '𠀂/x'])
    // A lone surrogate is a character of its own, outside every block.
    expect(tagger.cut('生\ud800命')).toEqual(['生', '\ud800', '命'])
  })

  it('cuts any text into words that add up to it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('研', '究', '生', '命', '起', '源', 'a', '7', '.', '，', ' ', '\r', '\n', '𠀀', '𠀁', '甲'), {maxLength: 40}), (chars) => {
        const text = chars.join('')
        return tagger.cut(text).join('') === text
      })
    )
  })

  it('finds the best segmentation of a block, as trying every segmentation finds it', () => {
    const alphabet = ['天', '地', '人', '和', '合']
    const dictionary = fc.uniqueArray(fc.tuple(fc.array(fc.constantFrom(...alphabet), {minLength: 1, maxLength: 4}).map((cs) => cs.join('')), fc.integer({min: 1, max: 5000})), {selector: ([word]) => word, minLength: 1, maxLength: 30})
    fc.assert(
      fc.property(dictionary, fc.array(fc.constantFrom(...alphabet), {minLength: 1, maxLength: 9}), (entries, chars) => {
        const text = chars.join('')
        const freq = new Map(entries)
        const total = entries.reduce((sum, [, f]) => sum + f, 0)
        const ours = taggerOf(entries.map(([word, f]) => `${word} ${f} n`).join('\n')).cut(text)
        const best = bestBySearch(text, freq, total)
        expect(scoreOf(ours, freq, total, text)).toBe(best.score)
        if (best.unique) expect(ours).toEqual(best.words)
      }),
      {numRuns: 300}
    )
  })
})

/** The score jieba's route gives a segmentation: from the last word back, ln(freq) - ln(total) each. */
function scoreOf(segmentation: readonly string[], freq: ReadonlyMap<string, number>, total: number, text: string): number {
  const logTotal = naturalLog(total)
  let score = 0
  let end = text.length
  for (let k = segmentation.length - 1; k >= 0; k--) {
    const word = segmentation[k] as string
    end -= word.length
    score = (freq.has(word) ? naturalLog(freq.get(word) as number) : 0) - logTotal + score
  }
  return score
}

/**
 * Every segmentation of `text` into dictionary words, and lone characters where no word starts
 * (jieba's rule), scored; the best and whether no other has its score.
 */
function bestBySearch(text: string, freq: ReadonlyMap<string, number>, total: number): {words: string[]; score: number; unique: boolean} {
  const startsWord = (at: number) => [...freq.keys()].some((word) => text.startsWith(word, at))
  let best: {words: string[]; score: number; unique: boolean} = {words: [], score: -Infinity, unique: false}
  const walk = (at: number, taken: string[]) => {
    if (at === text.length) {
      const score = scoreOf(taken, freq, total, text)
      if (score > best.score) best = {words: [...taken], score, unique: true}
      else if (score === best.score) best.unique = false
      return
    }
    for (let end = at + 1; end <= text.length; end++) {
      const piece = text.slice(at, end)
      if (freq.has(piece) || (end === at + 1 && !startsWord(at))) walk(end, [...taken, piece])
    }
  }
  walk(0, [])
  return best
}

describe('JiebaTagger against @node-rs/jieba', () => {
  // jieba-rs itself (the optional native package is installed with the project on Linux, macOS and Windows).
  let native: ReturnType<typeof nativeTagger> | undefined
  try {
    native = nativeTagger()
  } catch {
    native = undefined
  }

  it.runIf(native !== undefined)('gives the same words and tags with jieba\'s dictionary and the news words', () => {
    const ours = jiebaTagger()
    const sentences = [
      '国家统计局今天发布数据，今年前三季度全国居民人均可支配收入28,844元，同比名义增长8.8%。',
      '本港上月失業率為3.1%，較前一個月下跌0.2個百分點；政府發言人表示，勞工市場持續改善。',
      '台北市政府昨（5）日宣布，明年度預算編列新台幣1,720億元，其中社福支出占比逾兩成。',
      'iPhone 15 Pro在中国大陆售价7999元起，4S店、PM2.5、5G网络\r\n第二行 ａｂｃ１２３ 𠀀𠀁字',
      '截至2023年末，全市常住人口2185.8万人，比上年末增加1.5万人，其中城镇人口1919.6万人。'
    ]
    for (const sentence of sentences) expect(ours.tag(sentence)).toEqual((native as NonNullable<typeof native>).tag(sentence))
  })
})

describe('compiledDictionary', () => {
  // The build's file is used only while it was compiled from the installed jieba dictionary and
  // the news words of this checkout; anything else is compiled again (about a second each).
  const scratch = mkdtempSync(path.join(tmpdir(), 'jiaodui-jieba-'))
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))

  it('takes a current compiled file as it is', () => {
    // A small dictionary stamped with the installed one's source: taken as it is, it tells itself
    // apart from a recompiled one (which would be jieba's whole dictionary).
    const compiled = readDictionary(compiledDictionary([path.join(scratch, 'missing.bin')]))
    const small = compileDictionary('北京 500 ns\n大学 400 n\n', '', compiled?.source as {mainBytes: number; userHash: number})
    const file = path.join(scratch, 'current.bin')
    writeFileSync(file, small)
    const taken = compiledDictionary([file])
    expect(Buffer.compare(Buffer.from(taken), Buffer.from(small))).toBe(0)
  })

  it('compiles again when the file is stale (other news words), cut short or not a dictionary', () => {
    const stale = path.join(scratch, 'stale.bin')
    writeFileSync(stale, compileDictionary('北京 500 ns\n', '大学 400 n', {mainBytes: 1, userHash: fnv('大学 400 n')}))
    const short = path.join(scratch, 'short.bin')
    writeFileSync(short, compiledDictionary([]).subarray(0, 1000))
    const garbage = path.join(scratch, 'garbage.bin')
    writeFileSync(garbage, 'not a dictionary')
    const compiled = compiledDictionary([stale, short, garbage])
    const tables = readDictionary(compiled)
    expect(tables?.source.userHash).toBe(fnv(userDictionary()))
    expect(new JiebaTagger(tables as NonNullable<typeof tables>).cut('国家统计局发布数据')).toEqual(jiebaTagger().cut('国家统计局发布数据'))
  })
})
