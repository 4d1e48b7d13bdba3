import {describe, expect, it} from 'vitest'
import {extractClaims, prepareClaims} from '../src/extract.js'
import {useTagger} from '../src/segment.js'
import {postingTagger} from './posting-tagger.js'

// `prepareClaims` reads a plain text's numbers and posts their sentences to the segmenter before
// the file's other rules run; `extractClaims` of the same text takes them over. The claims must be
// the ones extracting without it gives. A stand-in keeps posted texts as the worker tagger does.
// Articles written for this test.

const {tagger, calls, reset} = postingTagger()
useTagger(tagger)

const article = '青石县新建学校 明年招生\n截至2018年底，青石县共有学校120所，其中小学80所、中学40所。\n全县今年新增公办幼儿园学位12000个，比去年多两成。\n'
const other = '渡轮新航线开通\n新航线每日往返12班，去年全年载客35万人次。\n'

describe('prepareClaims', () => {
  it('posts the sentences of the numbers ahead, and the extraction takes them: same claims', () => {
    const plain = extractClaims({text: article, path: 'a.txt', date: '2019-01-10'})
    reset()
    prepareClaims(article, 'txt')
    expect(calls).toEqual({post: 1, fromPost: 0, now: 0})
    const ahead = extractClaims({text: article, path: 'a.txt', date: '2019-01-10'})
    // The extraction posted nothing of its own: it took the batch posted ahead.
    expect(calls).toEqual({post: 1, fromPost: 1, now: 0})
    expect(ahead).toEqual(plain)
    expect(ahead.map((claim) => claim.text)).toEqual(expect.arrayContaining(['120所', '80所', '40所']))
  })

  it('is taken once, and only by the same text', () => {
    const plain = extractClaims({text: other, path: 'b.txt'})
    prepareClaims(article, 'txt')
    reset()
    // Another text: the prepared one is dropped, this one is read (and posted) as without it.
    expect(extractClaims({text: other, path: 'b.txt'})).toEqual(plain)
    expect(calls.post).toBe(1)
    reset()
    // Taken once: the same text again posts its own batch.
    extractClaims({text: article, path: 'a.txt'})
    expect(calls.post).toBe(1)
  })

  it('leaves Markdown and HTML alone (their claims are read in segments of the tree)', () => {
    reset()
    prepareClaims(article, 'md')
    prepareClaims(article, 'html')
    expect(calls.post).toBe(0)
  })
})
