/**
 * News user dictionary for the segmenter: word → part-of-speech tag. Source: typed by hand (not
 * generated) from the headline indicators of the National Bureau of Statistics' monthly releases
 * (国家统计局《国民经济运行情况》: 规模以上工业增加值, 社会消费品零售总额, 固定资产投资…), the customs
 * releases (海关总署: 进出口, 一般贸易…), common short names of statistical and public bodies of the
 * mainland, Hong Kong and Taiwan, and administrative titles. Tags follow jieba's set: `n` noun,
 * `vn` verbal noun (a statistic named by a verb: `出口`), `nt` organisation, `nr` person.
 * Words are simplified: claims are extracted from text folded to simplified characters.
 */
export const NEWS_WORDS: ReadonlyArray<readonly [string, string]> = [
  // Statistics vocabulary (the counted or measured thing).
  ['增加值', 'n'], ['工业增加值', 'n'], ['规模以上', 'b'], ['社会消费品零售总额', 'n'], ['零售总额', 'n'], ['服务零售额', 'n'],
  ['固定资产投资', 'n'], ['进出口', 'vn'], ['出口', 'vn'], ['进口', 'vn'], ['进出口总值', 'n'], ['进出口总额', 'n'],
  ['一般贸易', 'n'], ['加工贸易', 'n'], ['货物贸易', 'n'], ['服务贸易', 'n'], ['销售额', 'n'], ['销售收入', 'n'], ['营业收入', 'n'],
  ['营业额', 'n'], ['营收', 'n'], ['收入', 'n'], ['支出', 'n'], ['开支', 'n'], ['预算', 'n'], ['预算收入', 'n'], ['预算支出', 'n'], ['一般公共预算收入', 'n'], ['一般公共预算支出', 'n'],
  ['财政收入', 'n'], ['财政支出', 'n'], ['税收收入', 'n'], ['非税收入', 'n'], ['利润', 'n'], ['利润总额', 'n'], ['获利', 'n'], ['盈余', 'n'], ['捐款', 'n'], ['善款', 'n'], ['成交额', 'n'], ['成交量', 'n'], ['净利润', 'n'], ['净利', 'n'], ['市值', 'n'], ['总市值', 'n'], ['客流量', 'n'], ['车流量', 'n'], ['订单量', 'n'],
  ['生产指数', 'n'], ['发展指数', 'n'], ['价格指数', 'n'], ['失业率', 'n'], ['增速', 'n'], ['增幅', 'n'], ['降幅', 'n'], ['涨幅', 'n'],
  ['可支配收入', 'n'], ['人均可支配收入', 'n'], ['城镇新增就业', 'n'], ['新增就业', 'n'], ['城镇就业', 'n'], ['登记失业率', 'n'],
  ['城镇登记失业率', 'n'], ['调查失业率', 'n'], ['城镇调查失业率', 'n'],
  // Hong Kong's statistics and pension vocabulary (统计处, 积金局): jieba cuts 本地/r off GDP's name, tags 回报 as a
  // verb and 年率化 as two nouns, so `股票基金的年率化回报为…` read 年率化 as the metric.
  ['本地生产总值', 'n'], ['年率化', 'b'], ['回报', 'n'], ['回报率', 'n'],
  // Retailers' results: jieba cuts 同/p 店/n off the same-store sales.
  ['同店销售', 'n'], ['同店销售额', 'n'],
  // R&D spending as the NBS names it (研究与试验发展经费投入强度): jieba tags 投入 as a verb inside it.
  ['经费投入', 'n'], ['研发经费', 'n'], ['研发投入', 'n'], ['投入强度', 'n'], ['经费投入强度', 'n'],
  // The three sectors of the NBS's accounts (jieba tags them as proper nouns, which a noun phrase does not take in).
  ['第一产业', 'n'], ['第二产业', 'n'], ['第三产业', 'n'],
  ['跌幅', 'n'], ['减幅', 'n'], ['上限', 'n'], ['下限', 'n'], ['限额', 'n'], ['贡献率', 'n'], ['普及率', 'n'], ['覆盖率', 'n'], ['占比', 'n'], ['比重', 'n'], ['装机容量', 'n'],
  ['发电装机容量', 'n'], ['贫困人口', 'n'], ['农村贫困人口', 'n'], ['贫困县', 'n'], ['贫困村', 'n'], ['常住人口', 'n'], ['户籍人口', 'n'],
  ['确诊病例', 'n'], ['确诊个案', 'n'], ['密切接触者', 'n'], ['死亡人数', 'n'], ['旅客人数', 'n'], ['人次', 'n'], ['嫌疑犯', 'n'],
  // Taiwan pension and Hong Kong housing and health vocabulary that jieba tags as verbs or splits
  // (`所得/v`, `替代/n 率/v`, `落成/v 量/n`): 銓敘部 pension terms, 房屋署 production and 衞生防護中心 case names.
  ['所得', 'n'], ['退休所得', 'n'], ['月退休所得', 'n'], ['所得替代率', 'n'], ['优存', 'n'], ['优存利率', 'n'], ['月退', 'n'],
  ['赞成票', 'n'], ['反对票', 'n'], ['出工率', 'n'], ['求偿', 'vn'], ['租金', 'n'], ['月租', 'n'],
  ['落成量', 'n'], ['公营房屋', 'n'], ['私人单位', 'n'], ['初步确诊', 'vn'], ['告票', 'n'],
  // Election vocabulary (closed: what a vote count is called); jieba tags 得票 and 总得 as verbs, so a
  // count after `得票已达` had no noun before it.
  ['得票', 'n'], ['总得票', 'n'], ['得票数', 'n'], ['得票率', 'n'], ['票数', 'n'], ['选票', 'n'], ['提名票', 'n'], ['弃权票', 'n'], ['投票率', 'n'],
  // Predicates of people in court and at events that jieba tags as nouns (`出庭/n`, `参赛/n`, `被控/vn`):
  // after a count they say what the counted people do (`25名证人出庭`), they are not part of the noun.
  ['出庭', 'v'], ['参赛', 'v'], ['出赛', 'v'], ['被控', 'v'], ['应讯', 'v'], ['受审', 'v'], ['提讯', 'v'], ['到场', 'v'],
  // Taiwan's public assistance schemes by the names families and papers use (低收 = 低收入户补助); jieba
  // cuts 低收 into 低/a 收/v and 中低收 into 中低/收.
  ['低收', 'n'], ['中低收', 'n'], ['低收入户', 'n'], ['中低收入户', 'n'], ['老农津贴', 'n'], ['老人年金', 'n'], ['国民年金', 'n'],
  ['国保', 'n'], ['急难救助金', 'n'], ['急难金', 'n'], ['身障补助', 'n'], ['生活补助', 'n'],
  // Game statistics (closed: what box scores count); jieba cuts 安打 into 安/v 打/v and tags 失分 as a verb.
  ['安打', 'n'], ['全垒打', 'n'], ['打点', 'n'], ['三振', 'n'], ['保送', 'n'], ['四坏球', 'n'], ['盗垒', 'n'], ['失分', 'n'],
  ['自责分', 'n'], ['得分', 'n'], ['篮板', 'n'], ['助攻', 'n'], ['抄截', 'n'], ['盖帽', 'n'], ['进球', 'n'],
  // Levels of the national industry classification (GB/T 4754: 门类, 大类, 中类, 小类); jieba splits them (`大/a 类/q`).
  ['门类', 'n'], ['大类', 'n'], ['中类', 'n'], ['小类', 'n'],
  ['第一书记', 'n'], ['驻村干部', 'n'], ['党员', 'n'], ['基层党组织', 'n'], ['养老机构', 'n'], ['行政村', 'n'],
  // Administrative units counted in local news (jieba splits them into a verb and a one-character morpheme).
  ['建制村', 'n'], ['自然村', 'n'], ['社区', 'n'], ['乡镇', 'n'], ['街道', 'n'], ['村民小组', 'n'], ['居委会', 'n'], ['村委会', 'n'],
  // Organisations (never places; numbers about them are about the organisation).
  ['国家统计局', 'nt'], ['海关总署', 'nt'], ['商务部', 'nt'], ['民政部', 'nt'], ['财政部', 'nt'], ['国铁集团', 'nt'], ['人民银行', 'nt'],
  ['中国人民银行', 'nt'], ['国家能源局', 'nt'], ['生态环境部', 'nt'], ['国家税务总局', 'nt'], ['医管局', 'nt'], ['医院管理局', 'nt'],
  ['消委会', 'nt'], ['消费者委员会', 'nt'], ['环保署', 'nt'], ['卫生署', 'nt'], ['卫生防护中心', 'nt'], ['统计处', 'nt'],
  ['政府统计处', 'nt'], ['主计处', 'nt'], ['主计总处', 'nt'], ['观光局', 'nt'], ['卫福部', 'nt'], ['立法会', 'nt'], ['港交所', 'nt'],
  ['证监会', 'nt'], ['银保监会', 'nt'], ['贸促会', 'nt'],
  // Hong Kong's franchised bus operators (the Transport Department's list: KMB, Citybus, NWFB, NLB, LWB), by
  // the short names papers use; jieba cuts them (`城/n 巴/ns`) or tags them as places (`九巴/ns`).
  ['九巴', 'nt'], ['城巴', 'nt'], ['新巴', 'nt'], ['屿巴', 'nt'], ['龙运', 'nt'], ['九龙巴士', 'nt'], ['城市巴士', 'nt'],
  ['新世界第一巴士', 'nt'], ['新大屿山巴士', 'nt'], ['龙运巴士', 'nt'],
  // Titles (people, not places or metrics).
  ['行政长官', 'n'], ['特首', 'n'], ['主席', 'n'], ['行政总裁', 'n'], ['县委书记', 'n'], ['市委书记', 'n'], ['省委书记', 'n']
]

/**
 * Public bodies named in full and by their usual short name (folded to simplified), full → short:
 * one scope id per body, whatever a sentence calls it (`消費者委員會…10宗`, `消委會…7宗`). Source:
 * typed by hand from the bodies' own names (Hong Kong government and statutory bodies, mainland
 * ministries and regulators, Taiwan's executive agencies).
 */
const SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ['消费者委员会', '消委会'], ['医院管理局', '医管局'], ['政府统计处', '统计处'], ['香港金融管理局', '金管局'], ['金融管理局', '金管局'],
  ['廉政公署', '廉署'], ['平等机会委员会', '平机会'], ['强制性公积金计划管理局', '积金局'], ['香港交易所', '港交所'],
  ['香港交易及结算所', '港交所'], ['证券及期货事务监察委员会', '证监会'], ['食物及卫生局', '食卫局'], ['运输及房屋局', '运房局'],
  ['香港房屋委员会', '房委会'], ['房屋委员会', '房委会'], ['中国人民银行', '人民银行'], ['中国证券监督管理委员会', '证监会'],
  ['中华人民共和国海关总署', '海关总署'], ['行政院主计总处', '主计总处'], ['交通部观光局', '观光局'],
  ['卫生福利部', '卫福部'], ['中央流行疫情指挥中心', '指挥中心'], ['九龙巴士', '九巴'], ['城市巴士', '城巴'],
  ['新世界第一巴士', '新巴'], ['新大屿山巴士', '屿巴'], ['龙运巴士', '龙运']
])

/** Stock markets by their short names (`台股`, `美股`): a news term, and never a figure's metric (`claim-metric.ts`). */
export const MARKET_SHORT_NAMES: readonly string[] = ['台股', '美股', '港股', '欧股']

/**
 * Terms joined from the segmenter's words after segmenting, not added to its dictionary: every word added to jieba's
 * dictionary raises its total frequency and moves near ties between routes everywhere (adding 47 words made `知行` one
 * word, and a company named `文遠知行` came apart). A term is joined only where its characters are whole words of the
 * segmentation (`土/zg 增税/v` → `土增税`, `美/ns 股/q` → `美股`), with its tag here.
 */
export const NEWS_TERMS: ReadonlyArray<readonly [string, string]> = [
  // Taxes by name, as finance ministries report their revenue (`土增稅`, `營所稅`, `綜所稅`, `證交稅`, `薪俸稅`): jieba cuts
  // the short forms into pieces (`土/zg 增税/v`, `营/n 所/c 税/n`), which left a figure after the tax without a noun.
  ['土增税', 'n'], ['土地增值税', 'n'], ['营所税', 'n'], ['营利事业所得税', 'n'], ['综所税', 'n'], ['综合所得税', 'n'], ['证交税', 'n'],
  ['证券交易税', 'n'], ['期交税', 'n'], ['货物税', 'n'], ['营业税', 'n'], ['遗赠税', 'n'], ['遗产税', 'n'], ['赠与税', 'n'], ['房屋税', 'n'],
  ['地价税', 'n'], ['牌照税', 'n'], ['使用牌照税', 'n'], ['印花税', 'n'], ['关税', 'n'], ['个税', 'n'], ['个人所得税', 'n'], ['企业所得税', 'n'],
  ['增值税', 'n'], ['消费税', 'n'], ['奢侈税', 'n'], ['烟酒税', 'n'], ['娱乐税', 'n'], ['薪俸税', 'n'], ['利得税', 'n'], ['物业税', 'n'],
  ['房产税', 'n'], ['契税', 'n'], ['赋税收入', 'n'], ['税收', 'n'], ['所得税', 'n'], ['差饷', 'n'],
  // Stock markets by their short names (`台股`, `美股`, `港股`): jieba cuts them into a place and a classifier (`美/ns 股/q`),
  // which left `受美` of `受美股拖累` as a noun phrase. (Not `日股` or `陆股`: `22日股价`, `大陆股市`; not `H股`: `某银行H股` is a company's shares.)
  ...MARKET_SHORT_NAMES.map((name) => [name, 'n'] as const),
  // Harvests and farm work that jieba tags as a person or an adverb (`夏粮/nr`, `进度/d`), and `知识/v` (of
  // `知识密集型服务`): nouns of what the figures count.
  ['夏粮', 'n'], ['秋粮', 'n'], ['早稻', 'n'], ['晚稻', 'n'], ['进度', 'n'], ['知识', 'n'],
  // Populations a verb names (`出生/v 人口/n`: births, not the population): read as `人口`, births compared with the population.
  ['出生人口', 'n'], ['死亡人口', 'n'], ['新生儿', 'n'],
  // Indices jieba cuts apart (`采购/v 经理/n 指数/n`, `道/q 琼/ns`: a verb dropped from the name, a province read in it).
  ['采购经理指数', 'n'], ['道琼', 'nz'], ['那斯达克', 'nz'], ['标普', 'nz'], ['深证成指', 'n'], ['创业板指', 'n']
]

/** The day a body reports on, between its name and its verb (`3日公布`, `今天發布`), as a regex alternation. */
export const REPORT_DAY = String.raw`\d{1,2}日|今天|今日|昨天|昨日`

/** A government council, commission or ministry by its ending (`农委会`, `发改委`, `卫福部`, `财政部`). */
const COUNCIL_OR_MINISTRY = /(?:会|委|部)$/
/** What such a body does with figures right after its name (`農委會3日公布`, `财政部数据显示`, `…统计`, `…分析`). */
const REPORTS_AFTER = new RegExp(`^(?:${REPORT_DAY}|日前|近日)?(?:公布|发布|统计|分析|表示|指出|通报|宣布|预估|估计|估算|资料|数据|说明)`)

/**
 * Whether `name`, with `after` the text right after it, is a government council or ministry reporting figures: their
 * source, not what they are about (the figures are its country's or region's, `農委會統計，…損失8億元`).
 */
export function reportingBody(name: string, after: string): boolean {
  return COUNCIL_OR_MINISTRY.test(name) && REPORTS_AFTER.test(after)
}

/** The scope id of an organisation: `org:` and its usual short name. */
export function organisationId(name: string): string {
  return `org:${SHORT_NAMES.get(name) ?? name}`
}

/** The news words as a jieba user dictionary (frequency high enough to win over the main dictionary). */
export function userDictionary(): string {
  return NEWS_WORDS.map(([word, tag]) => `${word} 200000 ${tag}`).join('\n')
}

/** News agencies whose datelines open a story (`新华社上海5月1日电`, `中央社記者某某台中3日電`, `路透上海4月10日 -`): folded names, as a regex alternation. */
export const NEWS_AGENCY = '路透社?|法新社|美联社|彭博社?|新华社|中新社|中新网|中央社|共同社|韩联社|塔斯社'
/** A whole word that is a news agency's name: who files the story, never a person of it. */
export const NEWS_AGENCY_NAME = new RegExp(`^(?:${NEWS_AGENCY})$`)
