import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'

// Two real-looking articles about the same place that state different numbers which do NOT
// contradict each other (another year, another scope, another predicate, another counted thing,
// another source): a false clash between related articles is the worst outcome for an editor.
const engine = createEngine([rule], {settings: {date: '2018-06-30'}})

async function messagesOf(a: string, b: string): Promise<string[]> {
  const first = await engine.check({value: a, format: 'txt', path: 'a.txt'})
  const second = await engine.check({value: b, format: 'txt', path: 'b.txt'})
  await engine.complete([first, second])
  return [...first.messages, ...second.messages].map((message) => `${message.file ?? ''} ${message.reason}`)
}

describe('related articles with compatible numbers stay silent', () => {
  const pairs: Array<[string, string, string]> = [
    ['different years', '2017年，宁德市新增贫困村党支部120个。', '2018年，宁德市新增贫困村党支部150个。'],
    [
      '全市 vs 全省',
      '福州市委组织部介绍，目前，全市共有第一书记1200名，全部到岗。',
      '福建省委组织部介绍，目前，全省共有第一书记8000名，全部到岗。'
    ],
    ['新增 vs 累计', '洋县今年以来新增驻村干部300名。', '洋县累计选派驻村干部3000名。'],
    ['党员 vs 党员干部', '目前，山南市共有党员2.6万名。', '目前，山南市共有党员干部2.15万名。'],
    [
      'selections from different sources',
      '近年来，贵州从省直单位选派65名优秀干部到贫困县挂职。',
      '近年来，贵州从各市县选派438名优秀干部到乡镇挂职。'
    ],
    [
      'a period carried from the sentence before is not the article date',
      '2017年，太原市新增集体经济破零村120个。全市共有第一书记157名。',
      '目前，太原市共有第一书记180名。'
    ],
    ['an event date inside a sentence is not carried', '林副省长2015年12月在宁德考察时说，这条路子走对了。宁德市共有茶叶合作社453个。', '2015年12月，宁德市共有茶叶合作社400个。'],
    ['全国 after a foreign country is that country', '法国交通部说，目前全国共有高铁线路40条。', '目前，全国共有高铁线路200条。'],
    ['an organisation named after a place is not the place', '目前，北京大学共有教师4000名。', '目前，北京市共有教师20万名。'],
    ['an organisation in a list is not the country', '中央编译局、中国地震局、国家信息中心3个单位派出专家。', '农业农村部、水利部、商务部、海关总署4个单位派出专家。'],
    ['a list of places is not its last place', '太原为娄烦、阳曲两个贫困县拨付党费378.5万元。', '太原为阳曲县拨付党费150万元。'],
    ['an amount per village is not a total', '太原市为每个行政村增加集体经济扶持资金3万元。', '太原市增加集体经济扶持资金2000万元。'],
    ['a brand in a country is not the country', '卖得最好的那年，Lumo在美国的市场份额是9%。', '卖得最好的那年，Tavi在美国的市场份额是63%。'],
    ['names listed with 等 are not the counted thing', '2017年，该县表彰林晓峰等4人。洋县表彰优秀干部。', '2017年，洋县表彰陈木生等25人。'],
    ['first person: 我们 is the place of the article, 全国 is the country', '新华社宁德6月1日电 我们共选派第一书记2000多名。', '目前，全国共选派第一书记19.5万名。'],
    [
      'two days of a daily report',
      '2022年1月5日\n卫生部门今日新增境外移入个案25例，分别来自美国（15例）、越南（3例）。',
      '2022年1月6日\n卫生部门今日新增境外移入个案20例，分别来自美国（12例）、越南（2例）。'
    ],
    ['a bound and its figure', '荃湾区议员陈大文购入逾5000支蜡烛，分发给居民。', '荃湾区议员陈大文购入5000支蜡烛，几天内已派出大半。'],
    ['this election and the last', '今次荃湾区共有9548名登记选民投票。', '上届荃湾区有13599名登记选民投票。'],
    ['the same noun doing different things', '截至目前，武汉市共有3019名医务人员感染。', '截至目前，武汉市共有14000名医务人员从各地赶来支援。'],
    ['two forecasters', '甲银行预期，今年香港经济收缩5.5%。', '乙银行料今年香港经济收缩7.5%。'],
    ['a day reported and a day counted', '某国官方19日通报，新增15例确诊。', '某国19日新增21例确诊。'],
    ['the world and the place where it began', '疫情从2019年12月在武汉爆发，迄今全球至少1亿1000万例确诊。', '截至目前，武汉累计确诊5万例。']
  ]
  for (const [name, a, b] of pairs) {
    test(name, async () => {
      expect(await messagesOf(a, b)).toEqual([])
    })
  }
})

describe('controls: the same statistic with a slip is still flagged', () => {
  test('restated with a magnitude slip', async () => {
    const messages = await messagesOf('截至2018年底，贵州共有基层党组织9.41万个。', '截至2018年底，贵州省共有基层党组织94.1万个。')
    expect(messages).toHaveLength(2)
  })

  test('a magnitude slip is reported as one, not also as two values of the statistic', async () => {
    const messages = await messagesOf('美国至今累计超过280万人感染，接近12万人死亡。', '美国至今累计超过280万人感染，接近12人死亡。')
    expect(messages).toHaveLength(2)
    for (const message of messages) expect(message).toContain('same digits')
  })

  test('the period carried from the sentence before', async () => {
    const messages = await messagesOf(
      '截至2018年底，贵州共有党员173.8万名。全省共有基层党组织9.41万个。',
      '截至2018年底，贵州全省共有基层党组织9.14万个。'
    )
    expect(messages).toHaveLength(2)
  })

  test('the same selection from the same source', async () => {
    const messages = await messagesOf('近年来，贵州从省直单位选派65名优秀干部到贫困县挂职。', '近年来，贵州从省直单位选派56名优秀干部到贫困县挂职。')
    expect(messages).toHaveLength(2)
  })
})

describe('severity follows the frames', () => {
  // Invented: the place of both figures is read from the sentence before (confidence 0.41, below 0.5).
  test('a clash between uncertain frames is information, and says why', async () => {
    const first = await engine.check({value: '贵州省召开会议。会上介绍，目前共有第一书记8542名。', format: 'txt', path: 'a.txt'})
    const second = await engine.check({value: '贵州省召开会议。会上介绍，目前共有第一书记8452名。', format: 'txt', path: 'b.txt'})
    await engine.complete([first, second])
    const messages = [...first.messages, ...second.messages]
    expect(messages).toHaveLength(2)
    for (const message of messages) {
      expect(message.fatal).toBeUndefined()
      expect(message.reason).toContain('(uncertain frame)')
      expect(message.note).toContain('information, not an error')
    }
  })
  test('the toll of an unfolding event is information: it is revised while reported', async () => {
    const first = await engine.check({value: '日本14日发生强烈地震，据某社统计，宫城、山形、福岛3县共计98人受伤。', format: 'txt', path: 'a.txt'})
    const second = await engine.check({value: '日本14日发生强烈地震，据某社统计，宫城、山形、福岛3县共计143人受伤。', format: 'txt', path: 'b.txt'})
    await engine.complete([first, second])
    const messages = [...first.messages, ...second.messages]
    expect(messages).toHaveLength(2)
    for (const message of messages) {
      expect(message.fatal).toBeUndefined()
      expect(message.reason).toContain('(a toll or measure that may have been updated)')
    }
  })
  test('a toll written N死M傷 is a toll too', async () => {
    const first = await engine.check({value: '武汉市地铁今天发生事故，造成1死7伤。', format: 'txt', path: 'a.txt'})
    const second = await engine.check({value: '武汉市地铁今天发生事故，造成1死8伤。', format: 'txt', path: 'b.txt'})
    await engine.complete([first, second])
    const messages = [...first.messages, ...second.messages]
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) expect(message.fatal).toBeUndefined()
  })
  test('a line repeated in several articles clashes once per pair of sentences', async () => {
    const line = '相关新闻：武汉市地铁遭吊臂砸中1死7伤。'
    const files = await Promise.all(
      ['a', 'b', 'c'].map((name, k) => engine.check({value: `${k === 2 ? '相关新闻：武汉市地铁遭吊臂砸中1死8伤。' : line}\n某市今天天气晴。`, format: 'txt', path: `${name}.txt`}))
    )
    await engine.complete(files)
    // (Two documents repeat one line; each side of the one pair of sentences is told once.)
    expect(files.flatMap((file) => file.messages)).toHaveLength(2)
  })
  test('a clash between frames read in their own sentences is an error', async () => {
    const first = await engine.check({value: '截至2018年底，贵州共有基层党组织9.41万个。', format: 'txt', path: 'a.txt'})
    const second = await engine.check({value: '截至2018年底，贵州省共有基层党组织94.1万个。', format: 'txt', path: 'b.txt'})
    await engine.complete([first, second])
    expect([...first.messages, ...second.messages].map((m) => m.fatal)).toEqual([true, true])
  })
  // Invented: the same statistic, frames read in their own sentences, values the digits do not relate.
  test('calibrated, a difference the digits do not explain is information; with calibrated: false an error', async () => {
    const texts = ['截至2018年底，贵州共有基层党组织9.41万个。', '截至2018年底，贵州省共有基层党组织9.87万个。']
    const run = async (config: object) => {
      const configured = createEngine([rule], {...config, settings: {date: '2018-06-30'}})
      const files = await Promise.all(texts.map((value, k) => configured.check({value, format: 'txt', path: `${k}.txt`})))
      await configured.complete(files)
      return files.flatMap((file) => file.messages.filter((m) => m.ruleId === 'consistent-numeric-claims'))
    }
    const calibrated = await run({})
    expect(calibrated.map((m) => m.fatal)).toEqual([undefined, undefined])
    for (const message of calibrated) {
      expect(message.reason).toContain('(may be two statistics)')
      expect(message.note).toContain('Nothing in the digits explains the difference')
    }
    const plain = await run({rules: {'consistent-numeric-claims': {options: {calibrated: false}}}})
    expect(plain.map((m) => m.fatal)).toEqual([true, true])
  })
})
