import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../shared/corpus/${name}`, import.meta.url)), 'utf8')
const engine = createEngine([rule])

describe('corpus', () => {
  test('no seed or development page has mixed-script words', async () => {
    for (const name of ['000_467eccf48051f7c2', '001_b6dc41007ac65ed3', '002_a8e2ffcc3b22423d', '003_419d997aae5f7fad', '004_d8b9bffc7cf7fac8']) {
      const file = await engine.check({value: corpus(`seeds/${name}.txt`), format: 'txt'})
      expect(file.messages).toEqual([])
    }
  })
})
