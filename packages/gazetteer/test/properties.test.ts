import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findPlaces, isWithin, lookup, placeByCode, relativeScope, resolveRelative } from '../src/index.js'

const NAMES = [
  '山西省', '太原市', '婁煩縣', '天池店鄉', '鳳凰溝村', '贵州', '貴州', '黔南州', '阿坝藏族羌族自治州', '朝阳区',
  '白云区', '鼓楼区', '臺北市', '香港', '宁德', '十八洞村', '全市', '该县', '井冈山精神', '示范县', '城区',
]
const FILLER = ['，', '。', '的', '共有', '8542名', '第一书记', ' ', '\n', 'abc', '𠀀', '村党支部', '贫困村', '全村', '和']

describe('offsets', () => {
  it('every mention slices back to its text, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...FILLER), fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        let last = 0
        for (const m of findPlaces(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.text)
          expect(m.start).toBeGreaterThanOrEqual(last)
          expect(m.end).toBeGreaterThan(m.start)
          last = m.end
          if (m.place) expect(m.candidates).toContain(m.place)
          else expect(m.candidates.length).toBeGreaterThan(1)
        }
        for (const r of relativeScope(text)) expect(text.slice(r.start, r.end)).toBe(r.text)
      }),
      { numRuns: 300 },
    )
  })

  it('finds a name surrounded by punctuation at its offset', () => {
    fc.assert(
      fc.property(fc.constantFrom('山西省', '太原市', '娄烦县', '贵州省', '臺北市', '广西壮族自治区'), fc.string({ maxLength: 5 }).map((s) => s.replace(/[\u3400-\u9fff]/gu, '')), (name, pre) => {
        const text = `${pre}。${name}。`
        const hit = findPlaces(text).find((m) => m.start === pre.length + 1)
        expect(hit?.text).toBe(name)
      }),
    )
  })
})

describe('ambiguity', () => {
  it('leaves an unanchored ambiguous name unresolved with candidates', () => {
    const [m] = findPlaces('鼓楼区有5个社区')
    expect(m?.place).toBeUndefined()
    expect(m?.candidates.map((c) => c.code).sort()).toEqual(['320106', '320302', '350102', '410204'])
  })

  it('resolves by the preceding mention in the chain', () => {
    const ms = findPlaces('北京朝阳区和长春朝阳区，广州白云区、贵阳白云区，福州鼓楼区')
    expect(ms.filter((m) => /区$/u.test(m.text)).map((m) => [m.place?.code, m.resolvedBy])).toEqual([
      ['110105', 'chain'],
      ['220104', 'chain'],
      ['440111', 'chain'],
      ['520113', 'chain'],
      ['350102', 'chain'],
    ])
  })

  it('resolves by an earlier mention in the document unless told not to', () => {
    const text = '贵阳市召开会议。白云区共有'
    expect(findPlaces(text)[1]?.place?.code).toBe('520113')
    expect(findPlaces(text)[1]?.resolvedBy).toBe('document')
    expect(findPlaces(text, { context: 'chain' })[1]?.place).toBeUndefined()
  })

  it('uses the chain to pick 太原市 under 山西', () => {
    const ms = findPlaces('山西省太原市婁煩縣天池店鄉鳳凰溝村')
    expect(ms.map((m) => m.place?.code ?? m.place?.name)).toEqual(['14', '1401', '140123', '140123204', '凤凰沟村'])
    expect(ms[4]?.place?.parentCode).toBe('140123204')
  })
})

describe('places API', () => {
  it('placeByCode and path', () => {
    const p = placeByCode('140123204')
    expect(p?.path).toEqual(['山西省', '太原市', '娄烦县', '天池店乡'])
    expect(p?.parentCode).toBe('140123')
    expect(placeByCode('1101')).toBeUndefined() // 市辖区 pseudo level skipped
    expect(placeByCode('110105')?.parentCode).toBe('11')
    expect(placeByCode('CN')?.level).toBe('country')
  })

  it('isWithin is inclusive and follows parents', () => {
    const [shanxi, loufan, cn] = [placeByCode('14'), placeByCode('140123'), placeByCode('CN')]
    if (!shanxi || !loufan || !cn) throw new Error('missing')
    expect(isWithin(loufan, shanxi)).toBe(true)
    expect(isWithin(shanxi, loufan)).toBe(false)
    expect(isWithin(shanxi, shanxi)).toBe(true)
    expect(isWithin(loufan, cn)).toBe(true)
    const village = findPlaces('娄烦县天池店乡凤凰沟村')[2]?.place
    if (!village) throw new Error('no village')
    expect(isWithin(village, loufan)).toBe(true)
  })

  it('lookup accepts traditional input and returns aliases', () => {
    expect(lookup('婁煩').map((p) => p.code)).toEqual(['140123'])
    expect(lookup('不存在')).toEqual([])
  })

  it('includes Hong Kong, Macao and Taiwan with synthetic codes', () => {
    expect(lookup('香港特别行政区')[0]?.code).toBe('81')
    expect(lookup('澳门')[0]?.code).toBe('82')
    expect(lookup('台北市')[0]?.code).toBe('7101')
    expect(lookup('油尖旺区')[0]?.path).toEqual(['香港特别行政区', '九龙', '油尖旺区'])
  })
})

describe('relative scope', () => {
  it('recognises the relative words with level and kind', () => {
    const text = '全市、全县、全省、全区、全州、全镇、全乡、全村、该市、该县、该省、本市、本县、本省、当地、全国、全球、全世界'
    const got = relativeScope(text).map((r) => `${r.text}:${r.level}:${r.kind}`)
    expect(got).toEqual([
      '全市:city:all', '全县:county:all', '全省:province:all', '全区:county:all', '全州:city:all',
      '全镇:township:all', '全乡:township:all', '全村:village:all', '该市:city:this', '该县:county:this',
      '该省:province:this', '本市:city:this', '本县:county:this', '本省:province:this', '当地:local:this',
      '全国:country:all', '全球:world:all', '全世界:world:all',
    ])
  })

  it('ignores 全市场, 日本市, 全州县', () => {
    expect(relativeScope('全市场化，日本市民，全州县')).toEqual([])
  })

  it('resolves to the nearest context place or its ancestor by suffix', () => {
    const ctx = findPlaces('北京市朝阳区').map((m) => m.place).filter((p) => p !== undefined)
    const [quan] = relativeScope('全市')
    const [qu] = relativeScope('全区')
    const [guo] = relativeScope('全国')
    const [qiu] = relativeScope('全球')
    if (!quan || !qu || !guo || !qiu) throw new Error('missing')
    expect(resolveRelative(quan, ctx)?.code).toBe('11')
    expect(resolveRelative(qu, ctx)?.code).toBe('110105')
    expect(resolveRelative(guo, [])?.code).toBe('CN')
    expect(resolveRelative(qiu, ctx)).toBeUndefined()
    const gx = findPlaces('广西').map((m) => m.place).filter((p) => p !== undefined)
    expect(resolveRelative(qu, gx)?.code).toBe('45')
  })
})

describe('size', () => {
  it('completes on a 5 MB text (linear scan; timing in scripts/timing.mjs)', () => {
    const unit = '山西省太原市婁煩縣天池店鄉鳳凰溝村黨支部書記說，全村共有3個合作社；宁德赤溪村、白云区、北京时间。'
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / 3 / unit.length))
    const ms = findPlaces(text)
    expect(ms.length).toBeGreaterThan(100_000)
    expect(ms[ms.length - 1]?.end).toBeLessThanOrEqual(text.length)
  }, 60_000)
})
