import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import {schemaFormats} from '@jiaodui/lint-rule'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {
  claimKey,
  classifyClash,
  extractClaims,
  intervalsOverlap,
  scanDateline
} from '../src/index.js'
import {find} from './find-claim.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'claim.schema.json'), 'utf8')) as object
const ajv = new Ajv2020({strict: true, allErrors: true, formats: schemaFormats})
// `format: date` on the schema's days is checked (a calendar date), not only matched by pattern.
const validate = ajv.compile(schema)

describe('extractClaims on seed sentences', () => {
  test('全国共派驻18.7万名第一书记: the country, 第一书记, an interval, as of the article date', () => {
    const claims = extractClaims({text: '目前，全国共派驻18.7万名第一书记，覆盖所有贫困村。', date: '2017-10-20'})
    const claim = find(claims, '18.7万名')
    expect(claim.scope).toMatchObject({id: 'CN', via: 'relative', text: '全国'})
    expect(claim.metric).toMatchObject({id: '第一书记', via: 'noun', predicate: 'stock'})
    expect(claim.value).toMatchObject({low: 186_500, high: 187_500, lowInclusive: true, highInclusive: false})
    expect(claim.unitClass).toBe('persons')
    expect(claim.period).toMatchObject({id: 'asof:2017-10', type: 'as-of', via: 'relative', text: '目前'})
  })

  test('traditional and simplified spellings give one key (貴州 = 贵州省, 第一書記 = 第一书记)', () => {
    const hant = find(extractClaims({text: '目前，貴州共有7315名第一書記和2.6萬名駐村幹部。', date: '2019-06-26'}), '7315名')
    const hans = find(extractClaims({text: '目前，贵州省共有7315名第一书记。', date: '2019-06-26'}), '7315名')
    expect(hant.scope.id).toBe('52')
    expect(hant.metric).toMatchObject({id: '第一书记', text: '第一書記'})
    expect(claimKey(hant)).toBe(claimKey(hans))
    // (A durable stock held, `共有…名`: as of the article's month, which two articles of one month share.)
    expect(claimKey(hant)).toBe('52|第一书记|stock|persons|asof:2019-06')
  })

  test('截至2018年末 … 其中: the metric before the number, parts linked to their whole', () => {
    const text = '截至2018年末，貴州現有基層黨組織7.35萬個，其中基層黨委3127個，黨總支5208個，黨支部6.52萬個，全省共產黨員142.6萬名。'
    const claims = extractClaims({text})
    const whole = find(claims, '7.35萬個')
    expect(whole.metric.id).toBe('基层党组织')
    expect(whole.period).toMatchObject({id: 'asof:2018-12', via: 'explicit', end: '2018-12-31'})
    expect(claims.filter((c) => c.part?.of === whole.id).map((c) => c.text)).toEqual(['3127個', '5208個', '6.52萬個'])
    const members = find(claims, '142.6萬名')
    expect(members).toMatchObject({scope: {id: '52', via: 'relative', text: '全省'}, metric: {id: '共产党员'}})
    expect(members.part).toBeUndefined()
  })

  test('全市 resolves to the nearest preceding city; 去年以来 and 今年 against the article date', () => {
    const text = '太原在乡村振兴中持续发力。目前，全市有132名驻村第一书记。去年以来，全县已累计为12户种植大户协调贷款80余万元；今年共培训村干部530人次。'
    const claims = extractClaims({text, date: '2017-11-14'})
    expect(find(claims, '132名').scope).toMatchObject({name: '太原市', via: 'relative'})
    expect(find(claims, '80余万元')).toMatchObject({period: {id: 'since:2016..2017-11', type: 'since'}, metric: {predicate: 'cumulative'}})
    expect(find(claims, '530人次').period).toMatchObject({id: 'year:2017', via: 'relative'})
  })

  test('累计选派 and 在岗 are different predicates: no shared key', () => {
    const claims = extractClaims({text: '贵州累计选派第一书记1.2万名，目前在岗第一书记8542名。', date: '2019-01-01'})
    expect(find(claims, '1.2万名').metric.predicate).toBe('cumulative')
    expect(find(claims, '8542名').metric.predicate).toBe('stock')
  })

  test('growth rates are not shares', () => {
    const claims = extractClaims({text: '该县农民收入同比增长1462%，贫困发生率下降到3.2%，致富能手占比达到57%。'})
    expect(find(claims, '1462%').metric.role).toBe('rate')
    expect(find(claims, '3.2%').metric.role).not.toBe('rate')
    expect(find(claims, '57%').metric.role).toBe('share')
  })

  test('no date: relative periods stay local to the document; the confidence does not change', () => {
    const dated = find(extractClaims({text: '目前，贵州共有7315名第一书记。', path: 'a.txt', date: '2019-06-26'}), '7315名')
    const undated = find(extractClaims({text: '目前，贵州共有7315名第一书记。', path: 'a.txt'}), '7315名')
    expect(undated.period).toMatchObject({id: 'asof:now?#a.txt', via: 'none'})
    // On fresh text periods were right about as often whatever their via (src/confidence.ts); a
    // document-local period is kept out of comparisons across articles by its id, not its weight.
    expect(undated.confidence).toBe(dated.confidence)
  })

  test('datelines give the article date and place', () => {
    expect(scanDateline('标题\n\n2018年01月08日10:31    来源:东川日报-东川新闻网\n')).toMatchObject({date: '2018-01-08'})
    expect(scanDateline('东川日报贵阳5月12日电(王小明) 5月10日,记者获悉').place).toBe('贵阳市')
    // A long body sentence that starts with a date is not a dateline.
    expect(scanDateline('2016年6月17日，该乡开办了农技夜校。冬小麦怎样追肥、怎样防止倒伏？苹果园怎样修剪、怎样预防早春霜冻？山坡地怎样改种药材？这些问题').date).toBeUndefined()
  })
})

describe('extraction recall: frames carried, first person, organisations, lists', () => {
  const date = '2018-06-30'

  test('a time phrase opening a sentence frames the next sentences of its paragraph', () => {
    const claims = extractClaims({text: '2017年，宁德市新增贫困村党支部120个。其中，全市共有第一书记453名。\n全市共有驻村干部900名。', date})
    expect(find(claims, '453名').period).toMatchObject({id: 'year:2017', via: 'previous-sentence', text: '2017年'})
    // A new paragraph starts without a frame.
    expect(find(claims, '900名').period).toMatchObject({id: 'asof:2018-06', via: 'article-date'})
    // A carried period weighs as much as one in the sentence (calibrated: periods were right about
    // as often whatever their via), so both claims have the same confidence.
    expect(find(claims, '453名').confidence).toBe(find(claims, '120个').confidence)
  })

  test('a date inside a sentence is an event, not a frame', () => {
    const claims = extractClaims({text: '李振华同志2016年3月在宁德考察时说，这是有益探索。宁德市共有贫困村党支部453个。', date})
    expect(find(claims, '453个').period).toMatchObject({id: 'asof:2018-06', via: 'article-date'})
  })

  test('党的十八大以来 is a period with a stable start', () => {
    const claim = find(extractClaims({text: '党的十八大以来，贵州累计新建基层党组织1.2万个。', date}), '1.2万个')
    expect(claim.period).toMatchObject({id: 'since:2012-11..2018-06', type: 'since', start: '2012-11-01', via: 'explicit'})
    expect(claim.metric.predicate).toBe('cumulative')
  })

  test('first person: 我市 like 该市, 我们 (outside quotes) is the article place', () => {
    const claims = extractClaims({text: '新华社宁德6月1日电 我们共选派第一书记2000多名。我市共有贫困村党支部453个。“我们村有3户贫困户。”', date})
    expect(find(claims, '2000多名').scope).toMatchObject({id: '3509', via: 'first-person', text: '我们'})
    expect(find(claims, '453个').scope).toMatchObject({id: '3509', via: 'relative', text: '我市'})
    expect(find(claims, '3户').scope.via).not.toBe('first-person')
  })

  test('an organisation named after a place is its own scope; a list of places is all of them', () => {
    expect(find(extractClaims({text: '目前，北京大学共有教师4000名。', date}), '4000名').scope).toMatchObject({id: 'org:北京大学', level: 'organisation'})
    expect(find(extractClaims({text: '目前，北京市共有教师20万名。', date}), '20万名').scope.id).toBe('11')
    const both = find(extractClaims({text: '太原今年为娄烦、阳曲两县拨付党费215.6万元。', date}), '215.6万元')
    expect(both.scope).toMatchObject({id: '140122+140123', text: '娄烦、阳曲'})
    expect(both.metric.id).toBe('党费')
  })

  test('全国 after a foreign country is that country', () => {
    const claim = find(extractClaims({text: '法国交通部说，目前全国共有高铁线路40条。', date}), '40条')
    expect(claim.scope).toMatchObject({id: 'foreign:法国', text: '全国'})
  })

  test('counts of a list and of names with 等 have no metric', () => {
    const claims = extractClaims({text: '今年，东川农科院、南山出版社、西岭职业学院、北湖电力4个单位选派干部；该县表彰王小明等4人。', date})
    expect(claims.filter((c) => c.text === '4个' || c.text === '4人').map((c) => c.metric.via)).toEqual(['none', 'none'])
  })

  test('the source and destination of a selection are part of the key', () => {
    const a = find(extractClaims({text: '近年来，贵州从省直单位选派65名优秀干部到贫困县挂职。', date}), '65名')
    const b = find(extractClaims({text: '近年来，贵州从各市县选派65名优秀干部到乡镇挂职。', date}), '65名')
    expect(a.metric).toMatchObject({id: '优秀干部', qualifier: '从省直单位到贫困县'})
    expect(claimKey(a)).not.toBe(claimKey(b))
  })

  test('pinyin debris of a scraped page does not cut the counted noun', () => {
    const claim = find(extractClaims({text: '貴州從市直單位加派48名優(yōu)秀科級(jí)技術(shù)干部到貧困村駐點。', date}), '48名')
    expect(claim.metric).toMatchObject({id: '优秀科级技术干部', via: 'noun'})
  })

  test('a place after 在 is where, not who: it is not carried as the subject', () => {
    const text = '洋县共有贫困村96个。县农技人员先后在龙亭镇柳家湾、溢水镇石门岭等村办了讲座。目前，累计开展义诊800多场次。'
    expect(find(extractClaims({text, date}), '800多场次').scope).toMatchObject({id: '610723', via: 'previous-sentence'})
  })
})

describe('intervals and clashes', () => {
  const v = (low: number | null, high: number | null, lowInclusive = true, highInclusive = false) => ({low, high, lowInclusive, highInclusive})
  test('overlap respects inclusive ends and open bounds', () => {
    expect(intervalsOverlap(v(194_500, 195_500), v(195_123, 195_123, true, true))).toBe(true)
    expect(intervalsOverlap(v(194_500, 195_500), v(195_500, 195_500, true, true))).toBe(false)
    expect(intervalsOverlap(v(60, null), v(75, 75, true, true))).toBe(true)
    expect(intervalsOverlap(v(0, 5000), v(5000, 5000, true, true))).toBe(false)
  })
  test('the likely error is named', () => {
    const c = (value: number, text: string) => ({value: {value, text, low: value, high: value, lowInclusive: true, highInclusive: true, approx: false}})
    expect(classifyClash(c(1660, '1660'), c(16_600_000, '1660万'))).toEqual({kind: 'magnitude-slip', factor: 10_000})
    expect(classifyClash(c(8542, '8542'), c(8452, '8452')).kind).toBe('digit-transposition')
    expect(classifyClash(c(2017, '2017'), c(2018, '2018')).kind).toBe('year-slip')
    expect(classifyClash(c(8542, '8542'), c(9000, '9000')).kind).toBe('other')
  })
})

describe('robustness', () => {
  test('claims of invented articles in three regions validate against schemas/claim.schema.json (format: date)', () => {
    const texts: Array<[string, string | undefined]> = [
      ['2018年末，全国农村贫困人口1660万人，比上年末减少1386万人。其中，东部地区147万人。', 'CN'],
      ['本港上月新增住宅單位1200個，較去年同期增長6.8%；政府撥款$300萬資助計劃。', 'HK'],
      ['105年全市查獲毒品案件1200件，嫌疑犯1432人(占76.5%)，每月工資4萬元。', 'TW']
    ]
    for (const [text, region] of texts) {
      const claims = extractClaims({text, date: '2019-02-15', region, path: 'a.txt'})
      expect(claims.length).toBeGreaterThan(1)
      for (const claim of claims) if (!validate(claim)) throw new Error(JSON.stringify(validate.errors))
    }
    const bad = {...extractClaims({text: '目前，贵州共有7315名第一书记。', date: '2019-06-26'})[0], document: {hash: '0123456789abcdef', date: '2019-02-30'}}
    expect(validate(bad)).toBe(false)
  })

  test('never throws; claims always slice the input', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...'贵州全省目前截至年底其中共有第一书记名个万亿%12345.，。；\n多余占增长')}), (text) => {
        for (const claim of extractClaims({text, date: '2018-01-01'})) {
          expect(text.slice(claim.place.start.offset, claim.place.end.offset)).toBe(claim.text)
        }
      }),
      {numRuns: 300}
    )
  })
})
