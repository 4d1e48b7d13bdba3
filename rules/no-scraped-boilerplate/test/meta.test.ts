import {describe, expect, test} from 'vitest'
import {extractMeta, parseDate, parseLead, parsePhotographers, parseSource, parseTime} from '../src/meta.js'

describe('parsers', () => {
  test('dates and times', () => {
    expect(parseDate('2017年11月14日05:32  來源:海嶼網-海嶼日報')).toBe('2017-11-14')
    expect(parseTime('2017年11月14日05:32  來源:海嶼網-海嶼日報')).toBe('05:32')
    expect(parseDate('最新更新：2016/03/19 10:48')).toBe('2016-03-19')
    expect(parseDate('南風社記者葉承宇嘉禾傳真 105年3月19日')).toBe('2016-03-19')
    expect(parseDate('2019-13-40')).toBeUndefined()
    expect(parseTime('2019-12-10 07:57:40 来源： 新华网')).toBe('07:57:40')
  })

  test('sources', () => {
    expect(parseSource('2018年01月08日10:31    来源:青禾网-青禾新闻客户端')).toBe('青禾网-青禾新闻客户端')
    expect(parseSource('2019-09-26 12:11来源：财经晨报网作者：方若山')).toBe('财经晨报网')
  })

  test('lead datelines', () => {
    expect(parseLead('晨光網嘉禾6月26日電(李文) 6月25日,記者從嘉禾縣政府舉行的記者會上獲悉', '2018-06-27')).toMatchObject({
      outlet: '晨光網',
      place: '嘉禾',
      date: '2018-06-26',
      authors: ['李文']
    })
    expect(parseLead('新华社北京12月31日电（记者张三、李四）', '2020-01-01')).toMatchObject({date: '2019-12-31', authors: ['张三', '李四']})
    expect(parseLead('记者从嘉禾县政府获悉')).toBeUndefined()
    // The day and 电 may stand apart by spaces; without them nothing is read (and the long pattern is not run).
    expect(parseLead('新华社北京12月31日 电（记者张三）', '2020-01-01')).toMatchObject({date: '2019-12-31', authors: ['张三']})
    expect(parseLead('新华社北京12月31日讯（记者张三）', '2020-01-01')).toBeUndefined()
  })

  test('photographers', () => {
    expect(parsePhotographers('临江省青溪市委常委、组织部部长周文远发言。本网记者赵一鸣 摄')).toEqual(['赵一鸣'])
    expect(parsePhotographers('（新华社记者 王鹏 摄）')).toEqual(['王鹏'])
  })

  test('extractMeta keeps the first date and merges names', () => {
    const meta = extractMeta([
      {text: '2019-05-17 08:00 来源：新华网', kind: 'dateline'},
      {text: '2020-01-01 09:00', kind: 'dateline'},
      {text: '(责编:何婉、丁川)', kind: 'editor-credit'},
      {text: '编辑:何婉', kind: 'editor-credit'}
    ])
    expect(meta).toEqual({date: '2019-05-17', time: '08:00', source: '新华网', editors: ['何婉', '丁川']})
  })
})
