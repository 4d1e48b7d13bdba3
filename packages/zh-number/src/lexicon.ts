/**
 * Data tables: words that contain numerals but are not quantities, units and
 * classifiers, currencies, approximation words, and the words that end a
 * counted noun. Each exclusion group says why it exists.
 */

export interface Exclusion {
  /** The word, in the script it is written in. */
  readonly word: string
  /** Characters that, right after the word, cancel the exclusion (`十分钟` is ten minutes). */
  readonly unless?: string
}

interface ExclusionGroup {
  readonly why: string
  readonly words: readonly (string | Exclusion)[]
}

/** Words with a numeral inside that are not quantities; grouped by reason. */
export const EXCLUSION_GROUPS: readonly ExclusionGroup[] = [
  {
    why: 'adverbs, conjunctions and set phrases built on 一 (进一步 "further", 逐一 "one by one", 之一 "one of")',
    words: [
      '进一步', '進一步', '之一', '逐一', '唯一', '统一', '統一', '同一', '单一', '單一', '专一', '專一', '合一',
      '如一', '划一', '劃一', '万一', '萬一', '一切', '一些', '一度', '一方面', '一举', '一舉', '一致', '一直',
      '一定', '一旦', '一律', '一般', '一样', '一樣', '一同', '一时', '一時', '一口气', '一口氣', '一下', '一点点',
      '一點點', '一边', '一邊', '一味', '一向', '一再', '一贯', '一貫', '一体', '一體', '一概', '一共', '一系列',
      '一大批', '一大早', '一连', '一連', '一流', '一手', '一刀切', '一揽子', '一攬子', '一站式', '一盘棋', '一盤棋',
      '一元化', '一条龙', '一條龍', '一肩挑', '一票否决', '一票否決', '一岗双责', '一崗雙責', '一对一', '一對一',
      '一辈子', '一輩子', '到一块', '到一塊', '一块儿', '一塊兒', '一年一度', '一个个', '一個個', '一步步', '一天天', '一道', '一线', '一線',
      '一批', '一股绳', '一股繩', '一家亲', '一家親', '一心', '一番', '一阵', '一陣', '一面', '一把手',
      {word: '一起', unless: '事案火纠糾命交'},
      {word: '一点', unless: '〇零一二三四五六七八九两兩0123456789０１２３４５６７８９钟鐘半'},
      {word: '一點', unless: '〇零一二三四五六七八九两兩0123456789０１２３４５６７８９钟鐘半'},
      {word: '十分', unless: '钟鐘之'}
    ]
  },
  {
    why: 'enumerators and weekdays (其一 "firstly", 周一 "Monday"; 每周一次 stays a count)',
    words: [
      '其一', '其二', '其三', '其四', '其五',
      ...['周', '週', '星期', '礼拜', '禮拜'].flatMap((w) =>
        ['一', '二', '三', '四', '五', '六'].map((d) => ({word: w + d, unless: '次个個天到至趟回遍'}))
      )
    ]
  },
  {
    why: 'names of policies, plans, meetings and slogans (两学一做, 三严三实, 十四五, 一带一路)',
    words: [
      '两学一做', '兩學一做', '三严三实', '三嚴三實', '十一五', '十二五', '十三五', '十四五', '十五五', '一带一路',
      '一帶一路', '一国两制', '一國兩制', '两会', '兩會', '两委', '兩委', '三农', '三農', '三公', '四风', '四風',
      '三个代表', '三個代表', '四个全面', '四個全面', '四个意识', '四個意識', '四个自信', '四個自信', '八项规定',
      '八項規定', '两个维护', '兩個維護', '两个确立', '兩個確立', '四下基层', '四下基層', '五位一体', '五位一體',
      '四位一体', '四位一體', '两张皮', '兩張皮', '两手抓', '兩手抓', '一村一策', '一户一策', '一戶一策',
      '一事一议', '一事一議', '一村一品', '五四', '七一', '八一', '六一', '双一流', '雙一流', '百队千人帮万户',
      '百隊千人幫萬戶', '一例一休', '1例1休', '七休一', '九二共识', '九二共識', '一中各表',
      '一个中国', '一個中國', '新一轮', '新一輪', '新一代', '新一届', '新一屆'
    ]
  },
  {
    why: 'place names with a numeral (四川, 三峡, 十堰); 十八洞村-type names are caught structurally',
    words: [
      '四川', '三峡', '三峽', '三明', '三亚', '三亞', '三门峡', '三門峽', '九江', '九寨沟', '九寨溝', '十堰',
      '六盘水', '六盤水', '七台河', '八达岭', '八達嶺', '万州', '萬州', '千岛湖', '千島湖', '百色', '五指山',
      '六安', '三沙', '二连浩特', '二連浩特', '四平', '五常', '九龙', '九龍', '三河', '两岸', '兩岸'
    ]
  },
  {
    why: 'shop days, brands, generations, sports and set words that are not amounts (双11, 58同城, 80后, 三分球, 一部分, 每一个)',
    words: [
      '双11', '雙11', '双十一', '雙十一', '双12', '雙12', '双十二', '雙十二', '618大促', '58同城', '360公司', '7-11', '7-Eleven',
      ...['50', '60', '70', '80', '85', '90', '95', '00', '05', '10', '八零', '九零'].flatMap((g) => [`${g}后`, `${g}後`]),
      {word: '三分', unless: '之钟鐘半地'}, '三分球', '两分球', '兩分球', '一部分', '一部份', '大部分', '每一个', '每一個', '每一位', '每一名',
      '每一天', '每一次', '五六点钟', '六七点钟', '七八点钟', '八九点钟', '三四点钟', '四五点钟', '两三点钟', '兩三點鐘', '五六點鐘', '七八點鐘', '每一户', '每一戶', '每一项', '每一項', '每一家', '每一步', '每一分', '每一秒'
    ]
  },
  {
    why: 'idioms and fixed words (五湖四海, 千方百计, 两者, 破零)',
    words: [
      '五湖四海', '五花八门', '五花八門', '五颜六色', '五顏六色', '七上八下', '七嘴八舌', '乱七八糟', '亂七八糟', '一成不变', '一成不變',
      '千方百计', '千方百計', '千军万马', '千軍萬馬', '千家万户', '千家萬戶', '十全十美', '三心二意', '一心一意',
      '四面八方', '四通八达', '四通八達', '三三两两', '三三兩兩', '两者', '兩者', '二者', '两难', '兩難', '两极',
      '兩極', '两面', '兩面', '两侧', '兩側', '两边', '兩邊', '两旁', '兩旁', '两头', '兩頭', '破零', '清零',
      '归零', '歸零', '零容忍', '三角', '五角大楼', '五角大樓', '一角', '十字', '百姓', '百货', '百貨', '万物',
      '萬物', '万事', '萬事', '三番五次', '四周', '四处', '四處', '七七八八', '有一天', '终有一天', '終有一天',
      '再一次', '告一段落', '二选一', '二選一', '第一财经', '第一財經', '百度', '百年变局', '百年變局',
      // 百分比 is the word "percentage"; 一席之地 "a place of one's own" and 一席话 "a talk" use 席 as a word, not seats.
      '百分比', '一席之地', '一席话', '一席話',
      // Words for parts open with 零 and a classifier (零件, 零部件, 零組件): parts, not none of them.
      '零件', '零部件', '零组件', '零組件', '零配件',
      // Idioms and titles built on a large round number (a digit with 千 or 万 before a noun counts otherwise).
      '八千里路', '三千烦恼丝', '三千煩惱絲', '一千零一夜', '三千佳丽', '三千佳麗', '三千世界', '十万八千里', '十萬八千里',
      // Idioms built on numerals (`一波三折` "twists and turns" is no 30 % discount).
      '一波三折', '一波三摺', '百折不挠', '百折不撓', '七折八扣', '九牛一毛', '一五一十', '三长两短', '三長兩短', '四分五裂', '七零八落',
      '九死一生', '十死无生', '十死無生', '一死了之', '半死', '万死', '萬死', '一举两得', '一舉兩得', '十拿九稳', '十拿九穩', '接二连三', '接二連三', '三令五申', '半斤八两', '半斤八兩', '独一无二',
      '獨一無二', '数一数二', '數一數二', '一清二楚', '三五成群', '略知一二', '一刀两断', '一刀兩斷', '一干二净', '一乾二淨',
      // 一到 "whenever" (`一到周六`); 一到三年 is a range.
      {word: '一到', unless: '二两兩三四五六七八九十百千0123456789０１２３４５６７８９'}
    ]
  }
]

/** Nouns after 第N that make a title or a name rather than an ordinal (第一书记 is a post). */
export const ORDINAL_TITLES: readonly string[] = [
  '书记', '書記', '副书记', '副書記', '责任人', '責任人', '时间', '時間', '线', '線', '把手', '生产力', '生產力',
  '方', '课堂', '課堂', '故乡', '故鄉', '梯队', '梯隊', '夫人', '桶金', '要务', '要務', '印象', '现场', '現場', '手',
  '人民医院', '人民醫院',
  // A school, a hospital or a court named by its ordinal (`第三中学`, `附属第一医院`, `第一中级人民法院`).
  '中学', '中學', '小学', '小學', '高中', '医院', '醫院', '附属医院', '附屬醫院', '中级人民法院', '中級人民法院',
  // The three sectors of an economy (第一产业 agriculture, 第二产业 industry, 第三产业 services) are names.
  '产业', '產業'
]

/** Characters after a bare Chinese numeral that still leave it a number (`答案是四不是五`). */
export const BARE_OK_FOLLOWERS = '的是不而却卻这這那和与與或也都就还還则則及并並在到为為'

/** Place-name tails: a Chinese numeral + one character + one of these is a name (十八洞村, 三道岭). */
export const PLACE_TAILS = '村岭嶺山洞峰寨沟溝坝壩湾灣庄莊镇鎮乡鄉河湖桥橋岛島街巷路'
/** Classifiers that keep `三个村` a count even before a place tail. */
export const PLACE_TAIL_BLOCKERS = '个個名座条條户戶家所处處片批位'

export type UnitRole =
  | 'count'
  | 'duration'
  | 'ordinal'
  | 'ratio'
  | 'year'
  | 'month'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'clock'

export interface UnitEntry {
  readonly surface: string
  /** Canonical unit reported in `unit`. */
  readonly unit: string
  readonly role: UnitRole
}

function entries(role: UnitRole, list: string, canonical?: Record<string, string>): UnitEntry[] {
  return list
    .split(' ')
    .filter(Boolean)
    .map((surface) => ({surface, unit: canonical?.[surface] ?? surface, role}))
}

const SIMPLIFY: Record<string, string> = {
  個: '个', 戶: '户', 條: '条', 項: '项', 場: '场', 隻: '只', 頭: '头', 張: '张', 臺: '台', 輛: '辆', 顆: '颗',
  塊: '块', 間: '间', 種: '种', 類: '类', 頁: '页', 節: '节', 級: '级', 層: '层', 歲: '岁', 雙: '双', 對: '对',
  門: '门', 輪: '轮', 聲: '声', 筆: '笔', 處: '处', 棟: '栋', 噸: '吨', 公頃: '公顷', 畝: '亩', 屆: '届',
  團: '团', 隊: '队', 則: '则', 組: '组', 億: '亿', 萬: '万', 攝氏度: '℃', 摄氏度: '℃', '°C': '℃', 華氏度: '℉',
  华氏度: '℉', 平米: '平方米', 公里數: '公里', 週: '周', 週年: '周年', 小時: '小时', 鐘頭: '钟头',
  分鐘: '分钟', 秒鐘: '秒钟', 世紀: '世纪', 載: '载', 个月: '月', 個月: '月', 个小时: '小时', 個小時: '小时', 个钟: '小时', 個鐘: '小时', 个钟头: '小时', 個鐘頭: '小时',
  个星期: '星期', 個星期: '星期', 个季度: '季度', 個季度: '季度', 个工作日: '工作日', 個工作日: '工作日',
  批次: '批次', 人次: '人次', 户次: '户次', 戶次: '户次', 場次: '场次', 車次: '车次', 英吋: '英寸', 吋: '英寸',
  // Hong Kong and Taiwan names of the metric and imperial units, as the mainland writes them.
  公尺: '米', 平方公尺: '平方米', 立方公尺: '立方米', 公分: '厘米', 公噸: '吨', 公吨: '吨', 公升: '升', 公克: '克',
  瓩: '千瓦', 千瓦時: '千瓦时', 兆瓦時: '兆瓦时', 呎: '英尺', 英呎: '英尺', 平方呎: '平方英尺', 加侖: '加仑',
  英畝: '英亩', 奈米: '纳米', 馬力: '马力', 盎士: '盎司', 安士: '盎司'
}

/** Classifiers, measure words, time units and the like, matched longest first. */
export const UNITS: readonly UnitEntry[] = [
  ...entries(
    'count',
    '名 个 個 位 户 戶 人 人次 户次 戶次 场次 場次 架次 车次 車次 班次 家 所 座 条 條 项 項 件 起 次 场 場 批 批次 支 只 隻 头 頭 匹 张 張 本 部 ' +
      '台 臺 辆 輛 架 艘 株 棵 颗 顆 片 块 塊 间 間 套 篇 份 封 种 種 类 類 页 頁 章 节 節 期 级 級 层 層 岁 歲 ' +
      '双 雙 对 對 门 門 轮 輪 趟 遍 回 番 声 聲 笔 筆 宗 例 处 處 栋 棟 幢 道 副 枚 根 粒 群 盒 箱 包 袋 瓶 杯 顶 頂 剂 劑 ' +
      '碗 桌 口 把 幅 首 段 句 票 则 則 队 隊 组 組 班 团 團 列 标箱 標箱 标准箱 標準箱 半 吨 噸 公斤 千克 克 斤 米 公里 千米 厘米 毫米 海里 英里 ' +
      '公顷 公頃 亩 畝 平方米 平米 平方公里 平方千米 立方米 升 毫升 千瓦 千瓦时 兆瓦 瓦 度 摄氏度 攝氏度 °C ℃ ' +
      '华氏度 華氏度 分 斤 款 英寸 英吋 吋 席 ' +
      // Units of Hong Kong and Taiwan usage, and of commodities and engineering (oil in barrels, gold in ounces).
      '公尺 平方公尺 立方公尺 公分 公噸 公吨 公升 公克 毫克 坪 瓩 千瓦時 兆瓦时 兆瓦時 吉瓦 呎 英呎 平方呎 英尺 平方英尺 ' +
      '英亩 英畝 加仑 加侖 桶 盎司 盎士 安士 磅 纳米 奈米 马力 馬力 光年 ' +
      // Ships by deadweight or gross tonnage (`1235万载重吨`), and a toll by its dead and injured (`3死`, `1死2傷`).
      '载重吨 載重噸 总吨 總噸 修正总吨 修正總噸 死 伤 傷',
    SIMPLIFY
  ),
  ...entries(
    'duration',
    // (`兩個鐘`, `4個鐘`: Cantonese hours.)
    '年 个月 個月 周 週 星期 个星期 個星期 天 小时 小時 个小时 個小時 个钟 個鐘 个钟头 個鐘頭 钟头 鐘頭 分钟 分鐘 秒钟 秒鐘 ' +
      '世纪 世紀 季度 个季度 個季度 周年 週年 工作日 个工作日 個工作日 载 載 旬',
    SIMPLIFY
  ),
  ...entries('ordinal', '版 届 屆', SIMPLIFY),
  ...entries('ratio', '倍'),
  ...entries('month', '月'),
  ...entries('day', '日 号 號'),
  ...entries('hour', '时 時'),
  ...entries('clock', '点 點'),
  ...entries('second', '秒')
]

/** Units after which a following 多/余 widens the amount (`一年多`, `三个多月`). */
export const MORE_AFTER_UNIT = new Set(['年', '月', '周', '星期', '天', '小时', '分钟', '秒钟', '世纪', '季度', '斤', '公斤', '吨', '米', '公里', '亩', '公顷', '倍', '元', '岁'])

/** Currency names after an amount, with their ISO 4217 code (BTC is the common ticker). */
export const CURRENCIES: readonly (readonly [string, string])[] = [
  ['元', 'CNY'], ['圆', 'CNY'], ['圓', 'CNY'], ['块钱', 'CNY'], ['塊錢', 'CNY'], ['人民币', 'CNY'], ['人民幣', 'CNY'],
  ['美元', 'USD'], ['美圆', 'USD'], ['美圓', 'USD'], ['美金', 'USD'], ['美刀', 'USD'],
  ['欧元', 'EUR'], ['歐元', 'EUR'], ['日元', 'JPY'], ['日圆', 'JPY'], ['日圓', 'JPY'], ['英镑', 'GBP'], ['英鎊', 'GBP'],
  ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'], ['港圆', 'HKD'], ['新台币', 'TWD'], ['新臺幣', 'TWD'],
  ['新台幣', 'TWD'], ['台币', 'TWD'], ['臺幣', 'TWD'], ['台幣', 'TWD'], ['澳门元', 'MOP'], ['澳門元', 'MOP'],
  ['澳门币', 'MOP'], ['澳門幣', 'MOP'], ['澳元', 'AUD'], ['加元', 'CAD'], ['卢布', 'RUB'], ['盧布', 'RUB'],
  ['韩元', 'KRW'], ['韓元', 'KRW'], ['瑞士法郎', 'CHF'], ['奈拉', 'NGN'], ['比特币', 'BTC'], ['比特幣', 'BTC'],
  ['泰铢', 'THB'], ['泰銖', 'THB'], ['新加坡元', 'SGD'], ['新币', 'SGD'], ['卢比', 'INR'], ['盧比', 'INR'],
  ['林吉特', 'MYR'], ['越南盾', 'VND'], ['兰特', 'ZAR'], ['蘭特', 'ZAR'], ['雷亚尔', 'BRL'], ['里拉', 'TRY']
]

/** Currency symbols written before an amount. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', '＄': 'USD', '￥': 'CNY', '¥': 'CNY', '€': 'EUR', '£': 'GBP'
}

export type QualifierCode = 'about' | 'near' | 'gt' | 'ge' | 'lt' | 'le' | 'more' | 'none'

/** Approximation and bound words written before a number, matched longest first. */
export const PREFIX_QUALIFIERS: readonly (readonly [string, QualifierCode])[] = [
  ['约', 'about'], ['約', 'about'], ['大约', 'about'], ['大約', 'about'], ['大概', 'about'], ['约为', 'about'],
  ['約為', 'about'], ['约合', 'about'], ['約合', 'about'], ['约有', 'about'], ['約有', 'about'],
  ['近', 'near'], ['将近', 'near'], ['將近', 'near'], ['接近', 'near'], ['近乎', 'near'],
  ['超过', 'gt'], ['超過', 'gt'], ['超', 'gt'], ['逾', 'gt'], ['多于', 'gt'], ['多於', 'gt'], ['大于', 'gt'],
  ['大於', 'gt'], ['高于', 'gt'], ['高於', 'gt'],
  ['突破', 'ge'], ['不低于', 'ge'], ['不低於', 'ge'], ['至少', 'ge'], ['不少于', 'ge'], ['不少於', 'ge'],
  ['不小于', 'ge'], ['不小於', 'ge'],
  ['不到', 'lt'], ['不足', 'lt'], ['低于', 'lt'], ['低於', 'lt'], ['少于', 'lt'], ['少於', 'lt'], ['小于', 'lt'],
  ['小於', 'lt'], ['未满', 'lt'], ['未滿', 'lt'], ['不满', 'lt'], ['不滿', 'lt'],
  ['不超过', 'le'], ['不超過', 'le'], ['至多', 'le'], ['最多', 'le'], ['不高于', 'le'], ['不高於', 'le'],
  ['不大于', 'le'], ['不大於', 'le'],
  ['多达', 'none'], ['多達', 'none'], ['高达', 'none'], ['高達', 'none']
]

/** Characters before 近/超 that make them part of another word (附近 "nearby", 赶超 "catch up"). */
export const PREFIX_BLOCKERS: Readonly<Record<string, string>> = {近: '附靠亲親临臨邻鄰贴貼最', 超: '赶趕高', 约: '合契条公制节签预履违相邀', 約: '合契條公制節簽預履違相邀'}

/** Approximation and bound words written after a number or its unit. */
export const SUFFIX_QUALIFIERS: readonly (readonly [string, QualifierCode])[] = [
  ['以上', 'ge'], ['以下', 'le'], ['以内', 'le'], ['以內', 'le'], ['左右', 'about'], ['上下', 'about'],
  ['之多', 'none'], ['有余', 'more'], ['有餘', 'more'], ['开外', 'ge'], ['開外', 'ge'], ['出头', 'more'], ['出頭', 'more']
]

/** Single characters that end a counted noun: function words, prepositions, common verb heads. */
export const NOUN_STOP_CHARS =
  '的和与與及或在到是为為被把将將对對从從向了着著过過已都也还還就等并並而于於给給让讓使由共均各每其又再即占佔达達至中里裡内內上下前后後间間时時约約近超逾余餘多来來以所能可要会會需应應、'

/** Verbs and other words that end a counted noun when they start inside the run. */
export const NOUN_STOP_WORDS: readonly string[] = [
  '脱贫', '脫貧', '结对', '結對', '结成', '結成', '帮扶', '幫扶', '创业', '創業', '创办', '創辦', '参加', '參加',
  '参与', '參與', '入库', '入庫', '通过', '通過', '发挥', '發揮', '走上', '实现', '實現', '完成', '获得', '獲得', '受益', '进行',
  '進行', '开展', '開展', '提供', '选派', '選派', '选拔', '選拔', '选调', '選調', '担任', '擔任', '组成', '組成',
  '深入', '达到', '達到', '增加', '增长', '增長', '下降', '提高', '培养', '培養', '落实', '落實', '加入', '得到',
  '享受', '投入', '发放', '發放', '覆盖', '覆蓋', '需要', '讲党课', '講黨課', '建立', '成立', '任职', '任職',
  '挂职', '掛職', '出列', '摘帽', '提拔', '表彰', '召开', '召開', '举办', '舉辦', '走访', '走訪', '解决', '解決',
  '化解', '实施', '實施', '推动', '推動', '带动', '帶動', '带领', '帶領', '签署', '簽署', '需要', '用于', '用於',
  '用作', '获', '獲', '受', '作为', '作為', '成为', '成為', '奋战', '奮戰', '全部', '已经', '已經', '正在', '将要'
]

