import { describe, expect, it } from 'vitest'
import { aliasesOf, findPlaces, foldToSimplified, lookup, placeByCode, stripEthnonyms } from '../src/index.js'

const codes = (name: string): string[] => lookup(name).map((p) => p.code)

describe('aliases', () => {
  it.each([
    ['贵州省', '贵州', '52'],
    ['宁德市', '宁德', '3509'],
    ['广西壮族自治区', '广西', '45'],
    ['内蒙古自治区', '内蒙古', '15'],
    ['宁夏回族自治区', '宁夏', '64'],
    ['新疆维吾尔自治区', '新疆', '65'],
    ['香港特别行政区', '香港', '81'],
    ['澳门特别行政区', '澳门', '82'],
    ['台湾省', '台湾', '71'],
    ['阿坝藏族羌族自治州', '阿坝州', '5132'],
    ['阿坝藏族羌族自治州', '阿坝', '5132'],
    ['黔南布依族苗族自治州', '黔南州', '5227'],
    ['黔南布依族苗族自治州', '黔南', '5227'],
    ['博尔塔拉蒙古自治州', '博尔塔拉', '6527'],
    ['娄烦县', '娄烦', '140123'],
    ['井冈山市', '井冈山', '360881'],
    ['长阳土家族自治县', '长阳县', '420528'],
    ['东乡族自治县', '东乡县', '622926'],
  ])('%s = %s', (full, alias, code) => {
    expect(codes(full)).toEqual([code])
    expect(codes(alias)).toEqual([code])
    expect(placeByCode(code)?.name).toBe(full)
  })

  it('gives the usual short name', () => {
    expect(placeByCode('5227')?.shortName).toBe('黔南')
    expect(placeByCode('45')?.shortName).toBe('广西')
    expect(placeByCode('15')?.shortName).toBe('内蒙古')
    expect(placeByCode('140123')?.shortName).toBe('娄烦')
    expect(placeByCode('CN')?.shortName).toBe('中国')
  })

  it('strips ethnonyms but never to one character', () => {
    expect(stripEthnonyms('阿坝藏族羌族')).toBe('阿坝')
    expect(stripEthnonyms('内蒙古')).toBe('内蒙古')
    expect(stripEthnonyms('东乡族')).toBe('东乡')
  })

  it('makes no one-character or generic short forms', () => {
    expect(codes('东')).toEqual([])
    expect(codes('洋')).toEqual([])
    const east = aliasesOf({ code: '510402', name: '东区', level: 'county' })
    expect(east.aliases).toEqual([])
    for (const generic of ['城区', '郊区', '新区', '东区']) {
      expect(findPlaces(`${generic}人口`)).toEqual([])
    }
  })

  it('gives a colliding short form to the higher level', () => {
    expect(codes('吉林')).toEqual(['22']) // not 吉林市
    expect(codes('河南')).toEqual(['41']) // not 河南蒙古族自治县
    expect(codes('海南')).toEqual(['46']) // 海南藏族自治州 is 海南州
    expect(codes('海南州')).toEqual(['6325'])
  })

  it('guards stoplisted short forms: only after an ancestor', () => {
    expect(codes('白云').sort()).toEqual(['440111', '520113'])
    expect(findPlaces('蓝天白云')).toEqual([])
    const chained = findPlaces('广州白云')
    expect(chained.map((m) => m.place?.code)).toEqual(['4401', '440111'])
    expect(findPlaces('阳泉城区').map((m) => m.place?.code)).toEqual(['1403', '140302'])
    expect(findPlaces('香港东区').map((m) => m.place?.code)).toEqual(['81', '810103'])
    expect(findPlaces('陕西安康').map((m) => m.place?.code)).toEqual(['61', '6109'])
    expect(findPlaces('祝您安康')).toEqual([])
  })

  it('guards township short forms and one-character townships', () => {
    expect(findPlaces('天池店有')).toEqual([])
    expect(findPlaces('娄烦县天池店').map((m) => m.place?.code)).toEqual(['140123', '140123204'])
  })

  it('marks aliases', () => {
    const [full, short] = findPlaces('贵州省，贵州')
    expect(full?.alias).toBe(false)
    expect(short?.alias).toBe(true)
  })
})

describe('traditional folding', () => {
  it.each([
    ['貴州', '贵州'],
    ['婁煩縣', '娄烦县'],
    ['臺北', '台北'],
    ['臺灣', '台湾'],
    ['鳳凰溝村', '凤凰沟村'],
    ['天池店鄉', '天池店乡'],
    ['陽曲縣楊興鄉', '阳曲县杨兴乡'],
    ['黨支部', '党支部'],
    ['全縣', '全县'],
  ])('%s → %s', (trad, simp) => {
    expect(foldToSimplified(trad)).toBe(simp)
  })

  it('keeps characters that simplified place names use (乾县, not 干县)', () => {
    expect(foldToSimplified('乾縣')).toBe('乾县')
    expect(codes('乾縣')).toEqual(['610424'])
  })

  it('keeps length and leaves other text alone', () => {
    const s = 'abc 𠀀 貴州 123'
    expect(foldToSimplified(s)).toHaveLength(s.length)
    expect(foldToSimplified('abc')).toBe('abc')
  })

  it('finds traditional spellings with offsets into the original', () => {
    const text = '臺北市萬華區與臺灣'
    const ms = findPlaces(text)
    expect(ms.map((m) => [m.text, m.place?.code])).toEqual([
      ['臺北市', '7101'],
      ['萬華區', '710109'],
      ['臺灣', '71'],
    ])
  })
})
