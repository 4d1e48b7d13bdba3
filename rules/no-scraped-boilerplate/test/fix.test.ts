import {describe, expect, test} from 'vitest'
import {createEngine, fixText} from '@jiaodui/core'
import noRepeatedBoilerplate from '../../no-repeated-boilerplate/src/index.js'
import rule from '../src/index.js'

/** A line of the page: content (maybe with boilerplate glued to it) or boilerplate. */
interface PageLine {
  text: string
  content: boolean
  /** Glued spans inside a content line that the fix removes. */
  glued?: string[]
}

// A page written for this test: page furniture, a byline and a dateline, a
// caption ending in a credit, glued credits at both ends of paragraphs, a
// table, a section heading and a footer.
const page: PageLine[] = [
  {text: '首页 > 社会 > 正文', content: false},
  {text: '滨江大桥维修完工 今起恢复通车 | 滨江日报', content: false},
  {text: '滨江大桥维修完工 今起恢复通车', content: true},
  {text: '2024-05-20 08:30 来源：滨江日报', content: false},
  {text: '本报记者 李明', content: false},
  {text: '（记者王红）经过三个月的封闭维修，滨江大桥今天早上恢复通车，早高峰时段车流平稳。', content: true, glued: ['（记者王红）']},
  {text: '工人在桥面进行最后的检查。李明摄', content: false},
  {text: '维修期间，施工方更换了全部伸缩缝，并对桥墩进行了加固。市交通局表示，维修后大桥的设计寿命延长了二十年。(责编：赵小东)', content: true, glued: ['(责编：赵小东)']},
  {text: '记者手记', content: true},
  {text: '通车当天，不少市民特意步行上桥拍照留念，一位老人说，这座桥陪伴了他大半辈子。', content: true},
  {text: '| 时间 | 工程节点 |', content: true},
  {text: '| --- | --- |', content: true},
  {text: '| 2月20日 | 封闭施工 |', content: true},
  {text: '| 5月20日 | 恢复通车 |', content: true},
  {text: '文/李明 市交通局提醒，大桥夜间仍有零星养护作业，请驾驶员注意减速慢行。', content: true, glued: ['文/李明 ']},
  {text: '（责任编辑：赵小东）', content: false},
  {text: '分享到：', content: false},
  {text: '相关新闻', content: false},
  {text: '· 滨江二桥明年动工', content: false},
  {text: '· 城区公交线路调整方案公布', content: false}
]

const value = page.map((line) => line.text).join('\n') + '\n'

// A second page written for this test, in traditional script: a ticker above
// the title, a caption among the first paragraphs, a figures table with a date
// in it, and a footer with a site disclaimer.
const secondPage: PageLine[] = [
  {text: '長者送餐計劃擴展至全區 義工人手仍緊張 - 晨星日報', content: false},
  {text: '主頁', content: false},
  {text: '港聞', content: false},
  {text: '登入', content: false},
  {text: '恒生指數 18,200.55 +80.1', content: false},
  {text: '國企指數 6,210.20 +30.4', content: false},
  {text: '上證指數 3,080.11 -2.6', content: false},
  {text: '« 返回前頁', content: false},
  {text: '長者送餐計劃擴展至全區 義工人手仍緊張', content: true},
  {text: '2024年6月3日 09:15', content: false},
  {text: '社區中心的長者送餐計劃下月起擴展至全區，每日可送出六百份午餐，比現時多一倍。', content: true},
  {text: '義工在中心廚房分裝飯盒。晨星日報記者張小明攝', content: false},
  {text: '中心主任表示，計劃最缺的是司機和送餐義工，希望有空的市民踴躍報名。', content: true},
  {text: '總額：88,000元', content: true},
  {text: '份數：12,600份', content: true},
  {text: '開始日期：2024年7月1日', content: true},
  {text: '檢討日期：2024年12月31日', content: true},
  {text: '有受惠長者說，熱飯送到門口，下雨天也不用出門，心裡很感激。', content: true},
  {text: '本網站的內容僅供參考，不構成任何建議。', content: false},
  {text: '晨星日報版權所有，不得轉載。', content: false}
]

/** The content lines of a text: non-blank lines, trimmed. */
function contentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

describe('--fix on a scraped page', () => {
  test.each([
    ['a simplified page', page],
    ['a traditional page with a ticker, a caption and a figures table', secondPage]
  ])('removes the boilerplate lines and glued spans, and leaves every content character in place: %s', async (_, lines) => {
    const engine = createEngine([rule, noRepeatedBoilerplate], {})
    const value = lines.map((line) => line.text).join('\n') + '\n'
    const {output, file} = await fixText(engine, {value, format: 'txt', path: 'page.txt'})
    const expected = lines
      .filter((line) => line.content)
      .map((line) => (line.glued ?? []).reduce((text, span) => text.replace(span, ''), line.text).trim())
    expect(contentLines(output)).toEqual(expected)
    // Nothing of the content was lost: each content line minus its glued spans is in the output as it was.
    for (const line of expected) expect(output).toContain(line)
    // And nothing is left to fix.
    expect(file.messages.filter((message) => message.expected?.[0] === '')).toEqual([])
  })

  test('each glued span is its own message, with a fix that deletes only the span', async () => {
    const checked = await createEngine([rule], {}).check({value, format: 'txt', path: 'page.txt'})
    const spans = checked.messages.filter((message) => message.data?.['span'] === true)
    expect(spans.map((message) => [message.data?.['kind'], message.actual])).toEqual([
      ['glued-byline', '（记者王红）'],
      ['glued-credit', '(责编：赵小东)'],
      ['glued-byline', '文/李明 ']
    ])
    for (const message of spans) expect(message.expected).toEqual([''])
  })
})
