import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../shared/corpus/${name}`, import.meta.url)), 'utf8')
const engine = createEngine([rule])

describe('corpus', () => {
  test.each([
    ['seeds/000_467eccf48051f7c2.txt', 108],
    ['seeds/001_b6dc41007ac65ed3.txt', 125],
    ['seeds/002_a8e2ffcc3b22423d.txt', 143],
    ['seeds/003_419d997aae5f7fad.txt', 69],
    ['seeds/004_d8b9bffc7cf7fac8.txt', 109]
  ])('%s: %i half-width marks between hanzi', async (name, count) => {
    const file = await engine.check({value: corpus(name), format: 'txt'})
    expect(file.messages.length).toBe(count)
  })

  test('Taiwanese pages with full-width punctuation are clean', async () => {
    const file = await engine.check({value: corpus('boilerplate-dev/tw-cna.txt'), format: 'txt'})
    expect(file.messages.map((message) => message.actual)).toEqual([])
  })
})
