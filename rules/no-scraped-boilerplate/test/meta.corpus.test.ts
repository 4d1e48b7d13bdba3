// Metadata read from the real pages of ../shared (tier two: `pnpm test:corpus`).
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'
import type {ArticleMeta} from '../src/meta.js'

const corpus = new URL('../../../../shared/corpus/', import.meta.url)
const engine = createEngine([rule], {})

/** Line `n` (1-based) of a shared page: titles are compared with the page, not copied into the repo. */
function lineOf(page: string, n: number): string {
  return readFileSync(fileURLToPath(new URL(page, corpus)), 'utf8').split('\n')[n - 1]!
}

async function metaOf(page: string): Promise<ArticleMeta> {
  const value = readFileSync(fileURLToPath(new URL(page, corpus)), 'utf8')
  const file = await engine.check({value, format: 'txt', path: page})
  return file.data.meta!
}

describe('metadata of the seeds', () => {
  test('001: dateline, source, speaker, photo credit, editors', async () => {
    expect(await metaOf('seeds/001_b6dc41007ac65ed3.txt')).toEqual({
      // The page has a no-break space in the title; the title is read with an ordinary one.
      title: lineOf('seeds/001_b6dc41007ac65ed3.txt', 5).replace(/\u00a0/gu, ' '),
      date: '2018-01-08',
      time: '10:31',
      source: '人民网-中国共产党新闻网',
      authors: ['郭学斌'],
      photographers: ['蒋建华'],
      editors: ['黄瑾', '秦华']
    })
  })

  test('002: traditional byline, dateline, print edition', async () => {
    expect(await metaOf('seeds/002_a8e2ffcc3b22423d.txt')).toMatchObject({
      date: '2017-11-14',
      time: '05:32',
      source: '人民網-人民日報',
      authors: ['劉鑫焱'],
      editors: ['馮粒', '袁勃'],
      edition: {publication: '人民日報', date: '2017-11-14', page: '18'},
      outlet: '人民日報'
    })
  })

  test('003: the lead dateline through pinyin debris', async () => {
    expect(await metaOf('seeds/003_419d997aae5f7fad.txt')).toEqual({
      outlet: '人民網',
      place: '貴陽',
      dateline: {text: '人民網貴陽6月26日電(李宇)', outlet: '人民網', place: '貴陽', date: '--06-26'},
      authors: ['李宇'],
      photographers: ['李宇'],
      editors: ['姜丹']
    })
  })

  test('000 and 004: editors, keywords, correspondents', async () => {
    expect(await metaOf('seeds/000_467eccf48051f7c2.txt')).toMatchObject({
      title: lineOf('seeds/000_467eccf48051f7c2.txt', 2),
      editors: ['李敏杰'],
      keywords: ['脱贫', '攻坚', '贫困', '学习']
    })
    expect(await metaOf('seeds/004_d8b9bffc7cf7fac8.txt')).toMatchObject({authors: ['贾军', '王峰']})
  })
})

describe('metadata of dev pages', () => {
  test('xinhuanet: wire dateline with the year from the publication date', async () => {
    expect(await metaOf('boilerplate-dev/gne-xinhuanet-1.txt')).toMatchObject({
      date: '2019-12-10',
      time: '07:57:40',
      source: '新华网',
      outlet: '新华社',
      place: '巴黎',
      authors: ['唐霁'],
      editors: ['尹世杰'],
      dateline: {outlet: '新华社', place: '巴黎', date: '2019-12-09'}
    })
  })

  test('cna: traditional wire dateline with reporter and place run together', async () => {
    expect(await metaOf('boilerplate-dev/tw-cna.txt')).toMatchObject({
      date: '2016-03-19',
      time: '10:48',
      outlet: '中央社',
      place: '桃園',
      authors: ['邱俊欽']
    })
  })

  test('stcn, zyyfy, thepaper: authors, sources, multi-field credits', async () => {
    expect(await metaOf('boilerplate-dev/gne-stcn-1.txt')).toMatchObject({date: '2019-09-26', time: '12:11', source: '证券时报网', authors: ['李在山']})
    expect(await metaOf('boilerplate-dev/gne-zyyfy-1.txt')).toMatchObject({
      source: '本站原创',
      authors: ['医技药剂党支部'],
      editors: ['苏芳'],
      photographers: ['张艳'],
      date: '2019-10-31'
    })
    // The title is read from the page itself (its first line), not copied here.
    const thepaper = 'boilerplate-dev/gne-read-thepaper-2.txt'
    const quoted = /^本文原标题：《(.+)》$/u.exec(lineOf(thepaper, 1))![1]
    expect(await metaOf(thepaper)).toMatchObject({
      originalTitle: quoted,
      photographers: ['黎旭阳', '李妍'],
      editors: ['禤志杰', '陈梦莹', '黄慧敏']
    })
  })

  test('a page without metadata records nothing', async () => {
    expect(await metaOf('boilerplate-dev/rd-pixnet.txt')).toEqual({})
  })
})
