import {describe, expect, test} from 'vitest'
import {assertSafePattern, isSafePattern, UnsafePatternError} from '../src/regex-safety.js'

describe('catastrophic backtracking check', () => {
  test.each([
    ['(a+)+', 'nested quantifiers'],
    ['(a*)*', 'nested quantifiers'],
    ['(?:a+b?)+c', 'nested quantifiers'],
    ['([a-z]+\\d?)*$', 'nested quantifiers'],
    ['(a{1,100}){1,100}', 'large bound'],
    ['(a|a)*', 'alternatives overlap'],
    ['(a|ab)*c', 'alternatives overlap'],
    ['(\\d|\\w)+$', 'alternatives overlap'],
    ['(\\p{Script=Han}|[一-龥])+x', 'alternatives overlap'],
    ['(a|)+', 'empty'],
    ['\\s*\\s*$', 'adjacent'],
    ['.*.*=', 'adjacent'],
    ['\\d+\\w+x', 'adjacent'],
    ['(a)\\1', 'back-references'],
    ['(?<x>a)\\k<x>', 'back-references']
  ])('refuses %s (%s)', (pattern) => {
    expect(() => assertSafePattern(pattern)).toThrow(UnsafePatternError)
  })

  test.each([
    '^[(（]\\s{0,2}[责責][编編]\\s{0,3}[:：]\\s{0,3}[^()（）]{1,40}[)）]$',
    '^[^\\s>]{1,24}(?:\\s{0,3}>{1,2}\\s{0,3}[^\\s>]{1,24}){1,8}$',
    '(?:[【\\[]\\d{1,3}[】\\]]\\s{0,2}){2,30}',
    '(?:上一[页頁]|\\d{1,3}|…)(?:\\s{1,3}(?:上一[页頁]|\\d{1,3}|…)){2,30}',
    '^\\d{4}-\\d{2}-\\d{2}$',
    '(?<![拍航])[摄攝]$',
    '^.{0,30}关注.{0,20}微信',
    '\\d+x\\d+'
  ])('accepts %s', (pattern) => {
    expect(isSafePattern(pattern)).toBe(true)
  })

  test('refuses invalid syntax with the engine message', () => {
    expect(() => assertSafePattern('[unclosed')).toThrow(/Invalid regular expression/)
  })
})
