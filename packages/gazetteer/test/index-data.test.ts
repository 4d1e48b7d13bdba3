import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildIndex, renderIndexModule } from '../src/build-index.js'
import { childrenOf, lookup, placeByCode } from '../src/index.js'

const outputPath = new URL('../src/generated/index.ts', import.meta.url)

describe('generated name index', () => {
  it('equals what src/build-index.ts builds from the place table and the lexicon (no drift)', () => {
    const stale = renderIndexModule() !== readFileSync(outputPath, 'utf8')
    expect(stale, 'src/generated/index.ts is stale: run `npx tsc -b && node scripts/generate-index.js` in packages/gazetteer').toBe(false)
  })

  // The runtime reads the encoded arrays; the builder holds the same index as plain maps.
  const built = buildIndex()

  it('answers every name with the places and order the builder gives', () => {
    for (const [name, entries] of built.names) {
      expect(lookup(name).map((p) => p.code), name).toEqual(entries.map((e) => built.places[e.place]?.code))
    }
  })

  it('gives every place its code, name, short name and level, and finds it by code', () => {
    for (const p of built.places) {
      const found = placeByCode(p.code)
      expect(found && { code: found.code, name: found.name, shortName: found.shortName, level: found.level }, p.code).toEqual(p)
    }
    expect(placeByCode('999999')).toBeUndefined()
    expect(placeByCode('140123999')).toBeUndefined()
  })

  it('links each place to the parent its code prefix names, path included', () => {
    const codes = new Set(built.places.map((p) => p.code))
    const paths = new Map<string, readonly string[]>([['CN', []]])
    for (const p of [...built.places].sort((a, b) => a.code.length - b.code.length || (a.code < b.code ? -1 : 1))) {
      if (p.code === 'CN') continue
      const lengths = p.code.length === 9 ? [6, 4, 2] : p.code.length === 6 ? [4, 2] : p.code.length === 4 ? [2] : []
      const parentCode = lengths.map((n) => p.code.slice(0, n)).find((c) => codes.has(c))
      const path = [...(parentCode ? (paths.get(parentCode) ?? []) : []), p.name]
      paths.set(p.code, path)
      const found = placeByCode(p.code)
      expect(found?.parentCode, p.code).toBe(parentCode)
      expect(found?.path, p.code).toEqual(path)
      expect(Object.keys(found ?? {}), p.code).toEqual(['code', 'name', 'shortName', 'level', ...(parentCode ? ['parentCode'] : []), 'path'])
    }
    const county = placeByCode('140123')
    expect(county?.parentCode).toBe('1401')
    expect(county?.path).toEqual(['山西省', '太原市', '娄烦县'])
    expect(placeByCode('14')?.parentCode).toBeUndefined()
    expect(childrenOf(placeByCode('CN')!).length).toBe(34)
    for (const child of childrenOf(placeByCode('1401')!)) expect(child.parentCode).toBe('1401')
  })
})
