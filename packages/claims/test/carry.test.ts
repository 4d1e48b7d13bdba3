import {describe, expect, it} from 'vitest'
import {extractClaims} from '../src/extract.js'

// Sentences without a claim are read only when a later sentence of their paragraph has one
// (they carry their subject and opening time to it). Sentences written for this test.

describe('subject and time carried over sentences without claims', () => {
  it('a place and a year named two sentences before the claim still frame it', () => {
    const text = '2023年，贵州省大力发展山地农业。这项工作成效明显。全省新增农民专业合作社1200个。\n另一段没有数字。'
    const [claim] = extractClaims({text, path: 'carry.txt', date: '2024-03-01'})
    expect(claim?.scope.name).toBe('贵州省')
    expect(claim?.scope.via).not.toBe('document')
    expect(claim?.period.via).not.toBe('article-date')
  })

  it('a paragraph without claims carries nothing into the next one', () => {
    const text = '贵州省大力发展山地农业，这项工作成效明显。\n新增农民专业合作社1200个。'
    const [claim] = extractClaims({text, path: 'carry.txt', date: '2024-03-01'})
    expect(claim?.scope.via).not.toBe('previous-sentence')
  })
})
