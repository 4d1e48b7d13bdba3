import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'
import {checkFixProperties, textOf} from '../../../packages/zh-script/test/fix-properties.js'

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../shared/corpus/${name}`, import.meta.url)), 'utf8')
const engine = createEngine([rule])

describe('properties', () => {
  test('fixes are exact, local and idempotent', async () => {
    await checkFixProperties(rule, textOf(['B', 'e', '\u0435', 'ijing', '\u039F', 'α', 'ж', 'Москва', ' ', '北京', '-']), {runs: 120})
  })

  test('a fixed word is plain Latin', async () => {
    const file = await engine.check({value: 'B\u0435ijing \u0421\u041EVID-19 p\u0430ss\u0440\u043Ert', format: 'txt'})
    expect(file.messages.map((message) => message.expected)).toEqual([['Beijing'], ['COVID'], ['passport']])
  })
})

describe('corpus', () => {
  test('no seed or development page has mixed-script words', async () => {
    for (const name of ['000_467eccf48051f7c2', '001_b6dc41007ac65ed3', '002_a8e2ffcc3b22423d', '003_419d997aae5f7fad', '004_d8b9bffc7cf7fac8']) {
      const file = await engine.check({value: corpus(`seeds/${name}.txt`), format: 'txt'})
      expect(file.messages).toEqual([])
    }
  })
})
