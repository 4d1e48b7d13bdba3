// Frame rules of the eleventh round of issue 18 (kinds of error read again on the read sets dev,
// heldout…heldout6 and heldout8; heldout7 stays unread, only its summary is run), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a company named by its suffix that opens the figure’s clause', () => {
  test('a name the segmenter cuts, before 股份, 科技 or 集团, is the company whose figure it is', () => {
    const digest = extractClaims({text: '证券时报讯，澜启科技：8200万元竞得杭州市工业用地。恒禾股份：确定为某风电公司项目的设备供应商，中标价3亿元。', region: 'CN'})
    expect(find(digest, '8200万元').scope.id).toBe('org:澜启科技')
    expect(find(digest, '3亿元').scope.id).toBe('org:恒禾股份')
    const headline = extractClaims({text: '晋岚股份中标5亿元项目', region: 'CN'})
    expect(find(headline, '5亿元').scope.id).toBe('org:晋岚股份')
  })

  test('the company that opens the clause wins over its client named later', () => {
    const client = extractClaims({text: '晋岚股份：确认中标广汽丰田公司涂装工程，中标额6900万元。', region: 'CN'})
    expect(find(client, '6900万元').scope.id).toBe('org:晋岚股份')
  })

  test('a sector, a pronoun before the suffix or the counted noun itself is no company', () => {
    const sector = extractClaims({text: '金融科技去年增长12%。', region: 'CN'})
    expect(find(sector, '12%').scope.id).toBe('CN')
    const pronoun = extractClaims({text: '该集团今年营收增长12%。', region: 'CN'})
    expect(find(pronoun, '12%').scope.level).not.toBe('organisation')
    const counted = extractClaims({text: '主板成交额2000亿港元，沽空股份有600只。', region: 'CN'})
    expect(find(counted, '600只').scope.id).toBe('CN')
    const rising = extractClaims({text: '全日上升股份300只，下跌1200只。', region: 'CN'})
    expect(find(rising, '300只').scope.id).not.toBe('org:上升股份')
    const list = extractClaims({text: '本周联手六大集团：澜意集团、恒其集团、博川集团，集合超过20个品牌。', region: 'CN'})
    expect(find(list, '超过20个').scope.id).not.toBe('org:澜意集团')
  })
})

describe('Hong Kong’s franchised bus operators are organisations', () => {
  test('城巴, 九巴 and a full name opening the clause take its figures, under one id', () => {
    const loss = extractClaims({text: '城巴今年录得亏损2亿元。', region: 'HK'})
    expect(find(loss, '2亿元').scope.id).toBe('org:城巴')
    const fleet = extractClaims({text: '今年九巴车队增加了30部巴士。', region: 'HK'})
    expect(find(fleet, '30部').scope.id).toBe('org:九巴')
    const full = extractClaims({text: '新大嶼山巴士明年票價上調7.3%。', region: 'HK'})
    expect(find(full, '7.3%').scope.id).toBe('org:屿巴')
  })
})

describe('a 、 right after a figure starts the next organisation’s clause', () => {
  test('the operator after `12%、` takes its own rise, even where the article is about another one', () => {
    const text = '城巴今年申请加价。城巴表示燃油成本上升。城巴及新巴分两阶段加价共12%、九巴加价8.5%。城巴另称乘客减少。'
    const rises = extractClaims({text, region: 'HK'})
    expect(find(rises, '12%').scope.id).toBe('org:城巴')
    expect(find(rises, '8.5%').scope.id).toBe('org:九巴')
  })

  test('a list of names before one figure is still one clause', () => {
    const crops = extractClaims({text: '大豆、玉米产量增长3%。', region: 'CN'})
    expect(find(crops, '3%').scope.id).toBe('CN')
  })
})

describe('a count of people counts the people, not their predicate', () => {
  test('a predicate the segmenter tags as a noun after the people is cut off', () => {
    const start = extractClaims({text: '全省扶持8500多名党员创业。', region: 'CN'})
    expect(find(start, '8500多名').metric.id).toBe('党员')
    const pool = extractClaims({text: '已有1.4万名专家入库。', region: 'CN'})
    expect(find(pool, '1.4万名').metric.id).toBe('专家')
    const crew = extractClaims({text: '3名航天员按计划进入太空。', region: 'CN'})
    expect(find(crew, '3名').metric.id).toBe('航天员')
  })

  test('a noun of people that ends in people stays whole', () => {
    const cadres = extractClaims({text: '派出5名党员领导干部。', region: 'CN'})
    expect(find(cadres, '5名').metric.id).toBe('党员领导干部')
    const rank = extractClaims({text: '位居前8位的海工企业中，5家亏损。', region: 'CN'})
    expect(find(rank, '8位').metric.id).not.toBe('海工')
  })
})

describe('a count of 票 counts votes', () => {
  test('votes after a party, a constituency or a change verb are votes received', () => {
    const change = extractClaims({text: '自由派本届整体得票，也较上届增加超过3,200票。', region: 'HK'})
    expect(find(change, '超过3,200票').metric.id).toBe('得票')
    const sector = extractClaims({text: '某候选人在教育界45票中取得12张提名票。', region: 'HK'})
    expect(find(sector, '45票').metric.id).toBe('得票')
    const group = extractClaims({text: '而青年同盟会也大增1200多票。', region: 'HK'})
    expect(find(group, '1200多票').metric.id).toBe('得票')
  })

  test('a kind of vote already named stays', () => {
    const stance = extractClaims({text: '议案以35票反对、25票赞成被否决。', region: 'HK'})
    expect(find(stance, '35票').metric.id).toBe('反对票')
    const flats = extractClaims({text: '该新盘首日收近900票，超额5倍。', region: 'HK'})
    expect(find(flats, '近900票').metric.id).not.toBe('得票')
  })
})
