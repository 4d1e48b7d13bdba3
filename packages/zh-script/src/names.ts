// Where a character is likely part of a person's name, so that a script
// finding there is a question ("check this name"), not a fix: names keep the
// characters their owners chose (余, 范, 游 and 于 are surnames in both scripts;
// a Hong Kong name may be registered with 杰 or 彦).

// The most common single-character surnames of the mainland, Hong Kong and
// Taiwan (both scripts where they differ), from the surname frequency lists
// of the 2020 mainland census and Taiwan's 2018 household registration.
const surnameList =
  '王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林高羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧肖田董潘袁蔡蔣蒋余于杜葉叶程蘇苏魏呂吕丁任盧卢姚沈鍾钟姜崔譚谭陸陆范汪廖石金韋韦賈贾夏付方鄒邹熊白孟秦邱侯江尹薛閻阎段雷龍龙黎史陶賀贺毛郝顧顾龔龚邵萬万覃武錢钱戴嚴严歐欧莫孔向常湯汤康易喬乔賴赖文施洪辛柯莊庄游涂翁岳郁琼瓊凌章麥麦鄺邝區区岑伍溫温簡简麦駱骆關关容古甘紀纪單单祝鄔邬司尤裴藍蓝柳顏颜樊褚卓屈利冼霍殷左童傅符柴喻管盛舒華华聶聂連连鮑鲍查晏於'
const surnames = new Set(Array.from(surnameList))

// Titles and roles written right before a name (`主席范鴻齡`, `議員楊岳橋`).
const titlesBefore = [
  '議員', '议员', '主席', '局長', '局长', '總理', '总理', '部長', '部长', '司長', '司长', '署長', '署长', '處長', '处长',
  '市長', '市长', '縣長', '县长', '主任', '委員', '委员', '教授', '醫生', '医生', '律師', '律师', '記者', '记者', '法官',
  '總統', '总统', '院長', '院长', '立委', '議長', '议长', '校長', '校长', '董事', '經理', '经理', '總監', '总监', '會長',
  '会长', '書記', '书记', '主播', '導演', '导演', '歌手', '演員', '演员', '作家', '球員', '球员', '警司', '總警司', '特首',
  '候選人', '候选人', '被告', '死者', '事主', '市民', '居民', '學生', '学生', '老師', '老师', '同學', '同学', '網民',
  '包括', '以及', '聯同', '联同'
]
const titlesBeforeSet = new Set(titlesBefore)

// Words and marks that follow a name (`范俊文（28歲）`, `楊岳橋表示`).
const followers = [
  '先生', '女士', '小姐', '表示', '指出', '認為', '认为', '說', '说', '稱', '称', '指', '則', '则', '及', '和', '與', '与', '等',
  '在', '是', '今', '昨', '也', '亦', '已', '曾', '向', '對', '对', '的', '將', '将', '會', '会', '又', '再', '就', '都', '被', '仍', '只', '於', '于'
]
const han = /^\p{Script=Han}$/u

function isHan(char: string | undefined): boolean {
  return char !== undefined && han.test(char)
}

/** Whether a character is one of the common surnames. */
export function isSurname(char: string): boolean {
  return surnames.has(char)
}

/** Whether a name may start at `start`: the text before it ends with a mark, a list separator, a conjunction or a title. */
function nameBoundaryBefore(chars: readonly string[], start: number): boolean {
  const previous = chars[start - 1]
  // After a number comes a quantity (`120余萬`), not a name.
  if (previous !== undefined && /^[\d０-９]$/u.test(previous)) return false
  if (!isHan(previous)) return true
  if (previous === '及' || previous === '和' || previous === '與' || previous === '与' || previous === '同') return true
  for (const length of [3, 2]) {
    if (start - length < 0) continue
    if (titlesBeforeSet.has(chars.slice(start - length, start).join(''))) return true
  }
  return false
}

const addresses = ['先生', '女士', '小姐', '太太', '老師', '老师', '教授', '醫生', '医生', '伯', '婆', '太', '生']

function addressAfter(chars: readonly string[], at: number): boolean {
  const two = chars.slice(at, at + 2).join('')
  return addresses.some((word) => (word.length === 2 ? two === word : chars[at] === word && !isHan(chars[at + 1])))
}

/** Whether `start` is an item of a `、` list: right after `、`, or after `及`/`和`/`與` that closes one. */
function inList(chars: readonly string[], start: number): boolean {
  const previous = chars[start - 1]
  if (previous === '、') return true
  if (previous !== '及' && previous !== '和' && previous !== '與' && previous !== '与') return false
  return chars.slice(Math.max(0, start - 6), start - 1).includes('、')
}

/** Whether a name may end before `end`: a mark, a list separator or a word that follows names. */
function nameBoundaryAfter(chars: readonly string[], end: number): boolean {
  const next = chars[end]
  if (!isHan(next)) return true
  const two = chars.slice(end, end + 2).join('')
  return followers.some((word) => (word.length === 2 ? two === word : next === word))
}

/**
 * Whether the character at `index` may be part of a person's name: a common
 * surname starts a two- or three-character run of hanzi covering it, with a
 * name boundary before the run (a mark, `、`, `及`, a title such as `主席`)
 * or after it (a mark, `先生`, `表示`).
 */
export function inPersonName(chars: readonly string[], index: number): boolean {
  return personNameAt(chars, index) !== undefined
}

/** The span `[start, end)` of the person's name covering `index` (see `inPersonName`), if any. */
export function personNameAt(chars: readonly string[], index: number): {start: number; end: number} | undefined {
  for (let start = index; start >= Math.max(0, index - 2); start--) {
    if (!surnames.has(chars[start]!)) continue
    // A surname alone with a form of address: `於先生`, `余太`.
    if (start === index && addressAfter(chars, start + 1)) return {start, end: start + 1}
    let allHan = true
    for (let at = start; at <= index; at++) if (!isHan(chars[at])) allHan = false
    if (!allHan) continue
    for (const length of [2, 3]) {
      const end = start + length
      if (end <= index || end > chars.length) continue
      let run = true
      for (let at = start; at < end; at++) if (!isHan(chars[at])) run = false
      if (!run) continue
      if (nameBoundaryBefore(chars, start) && (nameBoundaryAfter(chars, end) || titlesBeforeSet.has(chars.slice(start - 2, start).join('')) || inList(chars, start))) return {start, end}
    }
  }
  return undefined
}
