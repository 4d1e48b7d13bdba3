import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import {toSimplified, toTraditional} from '@jiaodui/zh-script'
import rule from '../src/index.js'

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../shared/corpus/${name}`, import.meta.url)), 'utf8')

async function check(value: string, options: {settings?: Record<string, unknown>; format?: 'txt' | 'md' | 'html'; ruleOptions?: Record<string, unknown>} = {}) {
  const engine = createEngine([rule], {
    rules: {'no-mixed-variant': {options: options.ruleOptions ?? {}}},
    settings: options.settings ?? {}
  })
  return engine.check({value, format: options.format ?? 'txt'})
}

describe('properties on real text', () => {
  test('a clean article converted to the other script and back has no findings', async () => {
    const traditional = corpus('boilerplate-dev/tw-cna.txt').split('\n').slice(3, 5).join('\n')
    const simplified = corpus('seeds/001_b6dc41007ac65ed3.txt')
    expect((await check(traditional)).messages).toEqual([])
    expect((await check(simplified)).messages).toEqual([])
    for (const text of [toSimplified(traditional), toTraditional(toSimplified(traditional)), toTraditional(simplified), toSimplified(toTraditional(simplified))]) {
      expect((await check(text)).messages.map((message) => message.reason)).toEqual([])
    }
  })

  test('random clean sentences converted either way have no findings', async () => {
    const sentences = corpus('seeds/001_b6dc41007ac65ed3.txt').split(/(?<=。)/).filter((sentence) => /\p{Script=Han}{8}/u.test(sentence))
    await fc.assert(
      fc.asyncProperty(fc.subarray(sentences, {minLength: 1, maxLength: 4}), async (picked) => {
        const text = picked.join('')
        expect((await check(toTraditional(text))).messages.map((message) => message.reason)).toEqual([])
        expect((await check(toSimplified(toTraditional(text)))).messages.map((message) => message.reason)).toEqual([])
      }),
      {numRuns: 30}
    )
  })
})

describe('corpus', () => {
  test('seed 002 (traditional converted from simplified)', async () => {
    const file = await check(corpus('seeds/002_a8e2ffcc3b22423d.txt'))
    const actual = file.messages.map((message) => message.actual)
    expect(actual.filter((value) => value === '干部').length).toBeGreaterThanOrEqual(8)
    expect(actual).toContain('后')
    expect(actual).toContain('其余')
    expect(actual).toContain('干淨')
    expect(file.messages.every((message) => (message.data as {variant: string}).variant === 'zh-Hant')).toBe(true)
  })

  test('seed 000 (simplified) has only the traditional name', async () => {
    const file = await check(corpus('seeds/000_467eccf48051f7c2.txt'))
    expect(file.messages.map((message) => [message.actual, message.expected])).toEqual([
      ['覺醒法師', ['觉醒法师']],
      ['覺醒法師', ['觉醒法师']]
    ])
  })

  test.each(['tw-cna.txt', 'tw-ltn.txt', 'rd-pixnet.txt'])('Taiwanese page %s is clean', async (name) => {
    expect((await check(corpus(`boilerplate-dev/${name}`))).messages).toEqual([])
  })
})
