import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import {RuleOptionsError} from '@jiaodui/lint-rule'
import rule from '../src/index.js'

const page = [
  '首页 > 要闻 > 正文',
  '青溪市邮政网点开展防范电信诈骗宣传活动',
  '本报记者 张三',
  '2019-09-23 14:34:05 来源：城南商报',
  '为了让更多老人认清电信诈骗的常见套路，青溪市各邮政网点上周末走进社区和菜市场，开展了一连串宣传活动。',
  '活动中，工作人员在人流较多的路口支起咨询桌，一边发放折页，一边用真实案例提醒市民守好自己的钱袋子。',
  '（责任编辑：李四）',
  '分享到：',
  ''
].join('\n')

async function check(value: string, options?: Record<string, unknown>) {
  const engine = createEngine([rule], {rules: {'no-scraped-boilerplate': {options: options ?? {}}}})
  return engine.check({value, format: 'txt', path: 'page.txt'})
}

describe('no-scraped-boilerplate', () => {
  test('reports each kind once per line or run, with the kind and the lines in data', async () => {
    const file = await check(page)
    expect(file.messages.map((message) => [message.data?.['kind'], message.data?.['lines']])).toEqual([
      ['breadcrumb', [1, 1]],
      ['byline', [3, 3]],
      ['dateline', [4, 4]],
      ['editor-credit', [7, 7]],
      ['share-promo', [8, 8]]
    ])
    expect(file.messages[0]!.data).toMatchObject({patternId: 'breadcrumb-chain'})
  })

  test('per-kind switches: newsrooms that keep bylines and datelines', async () => {
    const file = await check(page, {kinds: {byline: false, dateline: false}})
    expect(file.messages.map((message) => message.data?.['kind'])).toEqual(['breadcrumb', 'editor-credit', 'share-promo'])
    // The metadata is read whether or not the lines are reported.
    expect(file.data.meta).toMatchObject({authors: ['张三'], date: '2019-09-23', source: '城南商报', editors: ['李四']})
  })

  test('unknown kinds and options are refused when the rule is attached', () => {
    expect(() => createEngine([rule], {rules: {'no-scraped-boilerplate': {options: {kinds: {bylines: false}}}}})).toThrow(RuleOptionsError)
    expect(() => createEngine([rule], {rules: {'no-scraped-boilerplate': {options: {structure: 'yes'}}}})).toThrow(RuleOptionsError)
  })

  test('a text without page furniture is left alone, however short', async () => {
    for (const value of ['今天天气很好。', '前言\n正文第一段，讲述事情的经过。\n', '标题\n\n\n', '一\n二\n三\n四\n']) {
      expect((await check(value)).messages, value).toEqual([])
    }
  })

  test('the fix deletes the lines with their line endings', async () => {
    const file = await check(page)
    const message = file.messages.find((candidate) => candidate.data?.['kind'] === 'dateline')!
    expect(message.actual).toBe('2019-09-23 14:34:05 来源：城南商报\n')
    expect(message.expected).toEqual([''])
  })

})

describe('decisions on the page header do not hinge on the lines below it', () => {
  // One site's template (page title with the site name, headline, subtitle, a
  // bare date, a credit) over bodies of every shape: the header lines get the
  // same verdict on every page, and the headline and subtitle always stay.
  const header = ['颱風過後菜園全毀 老農盼重建 | 晨光日報', '颱風過後菜園全毀 老農盼重建', '鄰居幫忙清理 棚架仍待修復', '2021年09月18日', '報導．攝影╱林小華']
  const sentences = [
    '「菜園沒了，不知道下個月要怎麼過。」七十歲的阿水伯站在倒塌的棚架旁嘆氣。',
    '阿水伯說，他靠種菜把孫女帶大，每月只有老農津貼和菜園收入，日子過得很緊。',
    '颱風過後，鄰居幫忙清理了半天，但棚架全毀，重建要十多萬元，他一時拿不出來。',
    '村長表示，已協助申請急難救助，也希望善心人士伸出援手。'
  ]
  const bodies = [
    [sentences[0]!],
    sentences,
    [sentences[1]!, '| 項目 | 金額 |', '| --- | --- |', '| 棚架 | 12萬元 |', sentences[3]!],
    [sentences[2]!, '阿水伯在倒塌的棚架旁。林小華攝', sentences[0]!, '相關新聞', '· 颱風過後果農搶收', '· 農委會公布救助辦法'],
    [...sentences, '基金會編號：B1234']
  ]

  test('the same template is judged the same way over five different bodies', async () => {
    const verdicts: string[][] = []
    for (const body of bodies) {
      const file = await check([...header, ...body, ''].join('\n'))
      verdicts.push(header.map((_, index) => {
        const message = file.messages.find((candidate) => candidate.place && 'start' in candidate.place && candidate.place.start.line === index + 1)
        return message ? String(message.data?.['kind']) : 'content'
      }))
    }
    for (const verdict of verdicts) expect(verdict).toEqual(['page-title', 'content', 'content', 'dateline', 'byline'])
  })
})

/** Lines (1-based) that a whole-line finding covers. */
function flaggedLines(file: Awaited<ReturnType<typeof check>>): Set<number> {
  const lines = new Set<number>()
  for (const message of file.messages) {
    if (message.data?.['span'] === true) continue
    const [first, last] = message.data?.['lines'] as [number, number]
    for (let line = first; line <= last; line++) lines.add(line)
  }
  return lines
}

describe('pages without an article', () => {
  const menu = ['首页', '新闻', '财经', '体育', '登录', '首页 > 新闻 > 列表']
  const headlines = [
    '河畔公园改造完工 市民晨练有了新去处',
    '早高峰公交加密班次 等车时间缩短三分钟',
    '旧厂房变身创意园 二十家小店开张',
    '中学生科创比赛落幕 三件作品获一等奖',
    '秋季流感疫苗开打 社区医院可预约',
    '老旧电梯更换计划启动 首批五十部',
    '夜市延长营业 摊主盼客流回升',
    '图书馆新增自助借还机 周末不打烊'
  ]
  const footer = ['关于我们 | 联系我们 | 隐私政策', '版权所有 晨星网']

  test('a portal page of headlines between menus and footer is flagged whole', async () => {
    const value = [...menu, ...headlines, ...footer, ''].join('\n')
    const file = await check(value)
    const flagged = flaggedLines(file)
    for (let line = 1; line <= menu.length + headlines.length + footer.length; line++) expect(flagged.has(line), `line ${line}`).toBe(true)
  })

  test('the same lines with an article among them: the article and its list stay', async () => {
    const article = '河畔公园改造历时半年，新增了三公里步道和两处儿童游乐场。管理处表示，园内还将增设饮水点。'
    const value = [...menu, headlines[0]!, article, ...headlines.slice(1), article, ...footer, ''].join('\n')
    const file = await check(value)
    const flagged = flaggedLines(file)
    expect(flagged.has(menu.length + 2)).toBe(false)
    expect(flagged.has(menu.length + headlines.length + 2)).toBe(false)
  })

  test('an English article under the same menu is no listing', async () => {
    const english = [
      'The riverside park reopened on Monday after six months of work.',
      'Three kilometres of new paths now run along the water.',
      'Residents said the playgrounds were the most welcome change.',
      'The park office plans to add drinking fountains next spring.',
      'Cyclists will share the outer path with runners at weekends.',
      'Opening hours remain from six in the morning to eleven at night.',
      'A small cafe near the east gate will open in the summer.',
      'Volunteers will lead guided walks on the first Sunday of each month.'
    ]
    const flagged = flaggedLines(await check([...menu, ...english, ...footer, ''].join('\n')))
    for (let line = menu.length + 1; line <= menu.length + english.length; line++) expect(flagged.has(line), `line ${line}`).toBe(false)
  })

  test('a poem of short lines between a dateline and a footer is no listing', async () => {
    const poem = ['春天来了', '河边的柳树', '换上新衣', '燕子回来', '落在屋檐', '孩子们奔跑', '风筝飞高', '田野变绿', '山花开了']
    const value = ['2024-03-20 08:00 来源：晨星日报', '春天', ...poem, ...footer, ''].join('\n')
    const flagged = flaggedLines(await check(value))
    for (let line = 3; line <= poem.length + 2; line++) expect(flagged.has(line), `line ${line}`).toBe(false)
  })

  test('code with Chinese comments is no listing (most of its longer lines are not headlines)', async () => {
    const code = [
      'import city_tools as ct',
      'def to_slug(name):',
      '    # 把用户输入的城市名称转成拼音',
      '    name = name.strip()',
      '    # 去掉名称末尾的市县区等字样',
      '    bare = ct.strip_suffix(name)',
      '    # 按照常用词典切分出地名词语',
      '    words = ct.split_words(bare)',
      '    # 每个词语分别转换成拼音字母',
      '    spelled = [ct.pinyin(w) for w in words]',
      '    # 用短横线把拼音连接成字符串',
      "    slug = '-'.join(spelled)",
      '    # 结果写进缓存方便下次直接取',
      '    CACHE[name] = slug',
      '    # 最后把转换好的结果返回给调用方',
      '    return slug',
      '    # 出错时记录日志并返回空字符串',
      'print(to_slug(city_name))',
      'print(to_slug(other_name))',
      'Copyright 2024 Example Tools',
      '版权所有'
    ]
    const flagged = flaggedLines(await check([...code, ''].join('\n')))
    expect([3, 5, 7, 9, 11, 13, 15, 17].filter((line) => flagged.has(line))).toEqual([])
  })

  const results = [
    '秋季赏枫去哪里 五条线路推荐 晨星日报 2024-10-12 09:30:11',
    '进入十月，城郊山区的枫叶陆续转红，记者整理了五条适合周末出行的线路，供读者参考。',
    '枫叶节下周开幕 景区实行预约 晨星日报 2024-10-10 18:02:45',
    '景区管理处提醒游客提前一天在网上预约，节假日每日限流八千人，请错峰出行。',
    '赏枫季交通管制措施公布 晨星日报 2024-10-09 07:45:00',
    '交警部门表示，周末上午山路实行单向通行，自驾游客可把车停在山脚的停车场。'
  ]

  test('search results next to a result count are flagged whole, snippets too', async () => {
    const value = ['赏枫搜索_晨星网', '找到约3,200条结果', ...results, '1 2 3 4 5 下一页', ''].join('\n')
    const flagged = flaggedLines(await check(value))
    for (let line = 1; line <= results.length + 3; line++) expect(flagged.has(line), `line ${line}`).toBe(true)
  })

  test('an article that speaks of what was found is no search page', async () => {
    const snippets = [results[1]!, results[3]!, '搜救队伍在山谷里找到约30条登山绳，证实失联者曾在附近扎营。', results[5]!]
    const value = ['赏枫搜救纪实', ...snippets, ''].join('\n')
    expect(flaggedLines(await check(value)).size).toBe(0)
  })
})

describe('title block', () => {
  const title = '城南菜市场完成改造 今日重新开门'
  // The page title names the headline: the title is found above the list.
  const before = [`${title} - 晨星日报`, '首页', '本地', '国际', '登录']
  const after = ['2024-03-02 08:00 来源：晨星日报', '改造后的菜市场增加了一百多个摊位，通道也比以前宽了一倍，居民买菜更方便。', '市场管理方表示，摊位租金一年内保持不变。', '']

  test('more than five short lines under the title are a list of headlines', async () => {
    const list = ['街道开展消防演练', '社区食堂推出长者套餐', '雨季前疏通下水道', '小区加装充电桩', '公园新增健身器材', '老年大学开始报名']
    const file = await check([...before, title, ...list, ...after].join('\n'))
    const flagged = flaggedLines(file)
    expect(flagged.has(before.length + 1)).toBe(false)
    for (let line = before.length + 2; line <= before.length + 1 + list.length; line++) expect(flagged.has(line), `line ${line}`).toBe(true)
  })

  test('more than three lines above the title: a ticker goes, lines with a sentence among them stay', async () => {
    const ticker = ['恒生指數 18,000.12 +120.5', '國企指數 6,100.30 +40.2', '上證指數 3,050.77 -5.1', '« 返回前頁']
    const withTicker = flaggedLines(await check([...before, ...ticker, title, ...after].join('\n')))
    for (let line = before.length + 1; line <= before.length + ticker.length; line++) expect(withTicker.has(line), `line ${line}`).toBe(true)
    const lead = ['菜市場改造工程去年動工，期間攤販暫遷至臨時市場營業，居民要多走十分鐘。', '改造內容有三項', '通道擴闊一倍', '增設兩個冷藏庫']
    const withLead = flaggedLines(await check([...before, ...lead, title, ...after].join('\n')))
    for (let line = before.length + 1; line <= before.length + lead.length; line++) expect(withLead.has(line), `line ${line}`).toBe(false)
  })

  test('a page title naming the line that opens the body: the lines above are furniture', async () => {
    const lines = ['菜市場重開 攤販盼人流回升 - 晨星日報', '晨星網 主頁', '港聞', '財經', '上一則', '下一則', '菜市場重開 攤販盼人流回升', after[1], after[2], '']
    const flagged = flaggedLines(await check(lines.join('\n')))
    expect(flagged.has(2)).toBe(true)
    expect(flagged.has(7)).toBe(false)
  })

  test('a site name on the first line is no headline: the title is found above the body', async () => {
    const lines = ['晨星快報', '晨星快報', '新聞', '財經', '首頁 > 財經', '菜市場重開 攤販盼人流回升', '2024/03/02 08:00', after[1], after[2], '']
    const flagged = flaggedLines(await check(lines.join('\n')))
    expect(flagged.has(1) && flagged.has(2)).toBe(true)
    expect(flagged.has(6)).toBe(false)
  })

  test('a caption among the first paragraphs leaves the headline and the lead in place', async () => {
    const lines = [
      '首页', '本地', '国际', '登录',
      '城南菜市场完成改造 今日重新开门',
      '2024-03-02 08:00 来源：晨星日报',
      '城南菜市场今天重新开门，改造历时五个月，摊位从八十个增加到一百二十个。',
      '新菜市场的通道比以前宽了一倍，还装上了空调。晨星日报记者李明摄',
      after[1], after[2], after[1], ''
    ]
    const flagged = flaggedLines(await check(lines.join('\n')))
    expect([5, 7].filter((line) => flagged.has(line))).toEqual([])
    expect(flagged.has(8)).toBe(true)
  })

  test('a stored article whose title is repeated on the next line: the copy goes, a different second line stays', async () => {
    const headline = '颱風過後南部果園大面積受損 農民連夜搶救收成'
    const repeated = await check([headline, headline, after[1], after[2], ''].join('\n'))
    expect(repeated.messages.map((message) => [message.data?.['kind'], message.data?.['lines']])).toEqual([['duplicate-title', [2, 2]]])
    expect((await check([headline, '農會派員勘災 協助申請補助', after[1], after[2], ''].join('\n'))).messages).toEqual([])
  })

  test('a subtitle or two under the title stay', async () => {
    const subtitles = ['一百多个摊位 通道加宽一倍', '租金一年内不变']
    const file = await check([...before, title, ...subtitles, ...after].join('\n'))
    const flagged = flaggedLines(file)
    for (let line = before.length + 1; line <= before.length + 3; line++) expect(flagged.has(line), `line ${line}`).toBe(false)
  })
})

describe('label：value lines', () => {
  const story = '讀者捐款的善款已全數交到老人手上，基金會也請了社工定期探訪，協助他處理日常生活的大小事。'

  test('a run of figures is a table of the article, even with a date among them', async () => {
    const fields = ['總額：56,789元', '筆數：210筆', '刊登日期：2024年4月1日', '結案日期：2024年5月1日']
    const file = await check(['善款結案報告', story, ...fields, story, ''].join('\n'))
    expect(file.messages.filter((message) => message.data?.['span'] !== true)).toEqual([])
  })

  test('a block of page metadata stays boilerplate', async () => {
    const fields = ['來源：晨星日報', '作者：林小華', '發布時間：2024-04-01 10:00', '責任編輯：陳大文']
    const flagged = flaggedLines(await check(['善款結案報告', ...fields, story, story, ''].join('\n')))
    for (let line = 2; line <= 5; line++) expect(flagged.has(line), `line ${line}`).toBe(true)
  })

  test('a table row broken inside a cell stays with its table', async () => {
    const table = ['| 公司 | 金額 |', '| --- | --- |', '| 晨星物流有限公司', ' Morning Star Logistics | 1,200萬元 |', '| 海風貿易公司', ' Sea Breeze Trading | 800萬元 |']
    // The table sits above the title, in the header of a page with a menu.
    const file = await check(['首页', '新闻', '财经', '登录', ...table, '兩間公司投得合約', '2024-04-01 10:00', story, story, story, ''].join('\n'))
    const flagged = flaggedLines(file)
    expect(flagged.has(1) && flagged.has(12)).toBe(true)
    for (let line = 5; line <= 11; line++) expect(flagged.has(line), `line ${line}`).toBe(false)
  })
})

describe('page title', () => {
  const body = ['颱風過後果園一片狼藉，農民忙著扶起倒下的果樹，希望能搶救部分收成。', '農會表示，將協助受災農民申請補助，並派員到各果園勘災。', '']

  test('a site named by a Latin brand with a short hanzi name (`Brand晨光`) ends a page title', async () => {
    const file = await check(['颱風過後果園受損 農民搶救收成 | Morning晨光 - 股市觀察', '颱風過後果園受損 農民搶救收成', ...body].join('\n'))
    expect(file.messages.map((message) => [message.data?.['kind'], message.data?.['lines']])).toEqual([['page-title', [1, 1]]])
  })

  test('a part after a bar that names no site stays with the title', async () => {
    const file = await check(['颱風過後果園受損 | 農民搶救收成的三天', ...body].join('\n'))
    expect(file.messages).toEqual([])
  })
})
