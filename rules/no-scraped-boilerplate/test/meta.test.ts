import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'
import {extractMeta, parseDate, parseLead, parsePhotographers, parseSource, parseTime, type ArticleMeta} from '../src/meta.js'

const corpus = new URL('../../../../shared/corpus/', import.meta.url)
const engine = createEngine([rule], {})

async function metaOf(page: string): Promise<ArticleMeta> {
  const value = readFileSync(fileURLToPath(new URL(page, corpus)), 'utf8')
  const file = await engine.check({value, format: 'txt', path: page})
  return file.data.meta!
}

describe('metadata of the seeds', () => {
  test('001: dateline, source, speaker, photo credit, editors', async () => {
    expect(await metaOf('seeds/001_b6dc41007ac65ed3.txt')).toEqual({
      title: '坚持“五抓五促” 凝聚脱贫攻坚强大力量',
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
      title: '激发脱贫攻坚的磅礴力量',
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
    expect(await metaOf('boilerplate-dev/gne-read-thepaper-2.txt')).toMatchObject({
      originalTitle: '定了！广州南沙邮轮母港即将开通！地铁直达+无敌免税城......',
      photographers: ['黎旭阳', '李妍'],
      editors: ['禤志杰', '陈梦莹', '黄慧敏']
    })
  })

  test('a page without metadata records nothing', async () => {
    expect(await metaOf('boilerplate-dev/rd-pixnet.txt')).toEqual({})
  })
})

describe('parsers', () => {
  test('dates and times', () => {
    expect(parseDate('2017年11月14日05:32  來源:人民網-人民日報')).toBe('2017-11-14')
    expect(parseTime('2017年11月14日05:32  來源:人民網-人民日報')).toBe('05:32')
    expect(parseDate('最新更新：2016/03/19 10:48')).toBe('2016-03-19')
    expect(parseDate('中央社記者邱俊欽桃園傳真 105年3月19日')).toBe('2016-03-19')
    expect(parseDate('2019-13-40')).toBeUndefined()
    expect(parseTime('2019-12-10 07:57:40 来源： 新华网')).toBe('07:57:40')
  })

  test('sources', () => {
    expect(parseSource('2018年01月08日10:31    来源:人民网-中国共产党新闻网')).toBe('人民网-中国共产党新闻网')
    expect(parseSource('2019-09-26 12:11来源：证券时报网作者：李在山')).toBe('证券时报网')
  })

  test('lead datelines', () => {
    expect(parseLead('人民網貴陽6月26日電(李宇) 6月25日,記者從貴州省政府新聞辦召開的新聞發布會上獲悉', '2018-06-27')).toMatchObject({
      outlet: '人民網',
      place: '貴陽',
      date: '2018-06-26',
      authors: ['李宇']
    })
    expect(parseLead('新华社北京12月31日电（记者张三、李四）', '2020-01-01')).toMatchObject({date: '2019-12-31', authors: ['张三', '李四']})
    expect(parseLead('记者从贵州省政府新闻办获悉')).toBeUndefined()
  })

  test('photographers', () => {
    expect(parsePhotographers('福建省宁德市委常委、组织部部长郭学斌发言。人民网蒋建华 摄')).toEqual(['蒋建华'])
    expect(parsePhotographers('（新华社记者 王鹏 摄）')).toEqual(['王鹏'])
  })

  test('extractMeta keeps the first date and merges names', () => {
    const meta = extractMeta([
      {text: '2019-05-17 08:00 来源：新华网', kind: 'dateline'},
      {text: '2020-01-01 09:00', kind: 'dateline'},
      {text: '(责编:黄瑾、秦华)', kind: 'editor-credit'},
      {text: '编辑:黄瑾', kind: 'editor-credit'}
    ])
    expect(meta).toEqual({date: '2019-05-17', time: '08:00', source: '新华网', editors: ['黄瑾', '秦华']})
  })
})
