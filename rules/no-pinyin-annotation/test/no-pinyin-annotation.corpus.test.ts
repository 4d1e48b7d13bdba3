import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../shared/corpus/${name}`, import.meta.url)), 'utf8')
const engine = createEngine([rule])

describe('corpus', () => {
  test('seed 003: every flattened ruby reading, nothing else', async () => {
    const text = corpus('seeds/003_419d997aae5f7fad.txt')
    const file = await engine.check({value: text, format: 'txt'})
    // Every `(reading)` right after a hanzi; the one after the mojibake `€` is not.
    const readings = [...text.matchAll(/(\p{Script=Han})\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/gu)]
    expect(file.messages.length).toBe(readings.length)
    expect(file.messages.length).toBe(194)
    expect(file.messages[0]?.actual).toBe('(fā)')
  })

  test.each(['000_467eccf48051f7c2', '001_b6dc41007ac65ed3', '002_a8e2ffcc3b22423d', '004_d8b9bffc7cf7fac8'])('seed %s has none', async (name) => {
    const file = await engine.check({value: corpus(`seeds/${name}.txt`), format: 'txt'})
    expect(file.messages).toEqual([])
  })
})
