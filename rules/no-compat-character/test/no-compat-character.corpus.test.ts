import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../shared/corpus/${name}`, import.meta.url)), 'utf8')
const engine = createEngine([rule])

describe('corpus', () => {
  test('seed 002: the ten small-form semicolons', async () => {
    const file = await engine.check({value: corpus('seeds/002_a8e2ffcc3b22423d.txt'), format: 'txt'})
    expect(file.messages.length).toBe(10)
    expect(new Set(file.messages.map((message) => `${message.actual}→${message.expected}`))).toEqual(new Set(['﹔→；']))
  })
})
