import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {matchLine} from '../src/classify.js'
import {loadPatterns, type Pattern} from '../src/patterns.js'
import {gluedSpans} from '../src/spans.js'
import {containsAny, containsEach, firstCharacters, includesAny, requiredCharacterSets, requiredCharacters, requiredStrings, startsWithAny} from '../src/required-characters.js'

describe('requiredCharacters', () => {
  test('a sequence requires its smallest mandatory part', () => {
    expect(requiredCharacters('^责任编辑[:：]')).toBe('责')
    expect(requiredCharacters('^(?:来源|出处)\\s{0,2}[:：]')).toBe('出来')
  })

  test('an alternation requires the union of its alternatives', () => {
    expect([...requiredCharacters('(?:记者|通讯员)')!].sort().join('')).toBe([...'记通'].sort().join(''))
  })

  test('optional parts, look-arounds and large sets require nothing', () => {
    expect(requiredCharacters('^(?:编辑)?$')).toBeUndefined()
    expect(requiredCharacters('(?=编辑)')).toBeUndefined()
    expect(requiredCharacters('[^，。]{2,}')).toBeUndefined()
    expect(requiredCharacters('\\p{Script=Han}+')).toBeUndefined()
    expect(requiredCharacters('(?:编辑|)x?')).toBeUndefined()
  })

  test('a text is asked about sets seen before and sets new since (the kept answer is renewed)', () => {
    const text = '记者今天从市政府获悉'
    expect(containsAny(text, '责编')).toBe(false)
    expect(containsAny(text, '者')).toBe(true)
    expect(containsAny(text, '悉谂')).toBe(true)
    expect(containsAny(text, '责编')).toBe(false)
    expect(containsAny('责任编辑', '责编')).toBe(true)
    expect(containsAny(text, '者')).toBe(true)
  })

  test('astral code points are kept whole', () => {
    const set = requiredCharacters('\u{20000}')
    expect(set).toBe('\u{20000}')
    expect(containsAny('前\u{20000}后', set!)).toBe(true)
    expect(containsAny('前后', set!)).toBe(false)
  })
})

describe('requiredCharacterSets', () => {
  test('every mandatory part of a sequence is required at once, the smallest set first', () => {
    const three = requiredCharacterSets('^[长長]\\s{1,4}[甲乙丙]$')
    expect(three.slice(0, 2).map((set) => [...set].sort().join(''))).toEqual([[...'长長'].sort().join(''), [...'甲乙丙'].sort().join('')])
    expect(three[2]).toContain(' ')
    const sets = requiredCharacterSets('^(?:主任|[书書]记)\\s{1,4}\\p{Script=Han}{2,4}$')
    expect(sets[0]).toBe('主记')
    expect(sets[1]).toContain(' ')
    expect(sets[1]).toContain('\u3000')
  })

  test('an alternation gives one set (the union of one set of each), optional parts and large sets none', () => {
    expect(requiredCharacterSets('(?:记者|通讯员)')).toEqual(['记通'])
    expect(requiredCharacterSets('(?:编辑|)x?')).toEqual([])
    expect(requiredCharacterSets('\\p{Script=Han}+')).toEqual([])
  })

  test('at most four sets, and containsEach wants one character of each', () => {
    expect(requiredCharacterSets('年1月2日3[《〈]4[号號]')).toHaveLength(4)
    expect(containsEach('2024年5月', ['年', '月'])).toBe(true)
    expect(containsEach('2024年5', ['年', '月'])).toBe(false)
  })
})

describe('requiredStrings', () => {
  const sorted = (set: string[] | undefined) => set && [...set].sort()

  test('small classes are spelled out and joined to their neighbours', () => {
    const credit = requiredStrings('^[责責]任[编編][辑輯][:：]')!
    expect(credit).toHaveLength(16)
    expect(credit).toEqual(expect.arrayContaining(['责任编辑：', '責任編輯:', '责任編輯：']))
    expect(sorted(requiredStrings('^[责責]任[编編][辑輯]\\s*[:：]'))).toEqual(sorted(['责任编辑', '责任编輯', '责任編辑', '责任編輯', '責任编辑', '責任编輯', '責任編辑', '責任編輯']))
    expect(requiredStrings('来源\\s{0,2}[:：]')).toEqual(['来源'])
  })

  test('an alternation requires the union of its alternatives, each its best part', () => {
    expect(sorted(requiredStrings('(?:记者\\s*\\p{Script=Han}{2,3}|通讯员)'))).toEqual(sorted(['记者', '通讯员']))
    // A fixed repetition is exact; a range is not, but its body is still required.
    expect(requiredStrings('(?:哈){2}')).toEqual(['哈哈'])
    expect(requiredStrings('x(?:编辑){1,3}y')).toEqual(['编辑'])
  })

  test('the longest shortest string wins; too many strings are cut to two characters', () => {
    expect(requiredStrings('记者[^，]{0,9}本报讯')).toEqual(['本报讯'])
    const many = Array.from({length: 40}, (_, k) => `${String.fromCodePoint(0x4e00 + k)}甲乙丙`).join('|')
    const cut = requiredStrings(`(?:${many})`)!
    expect(cut).toHaveLength(40)
    expect(cut.every((literal) => literal.length === 2 && literal.endsWith('甲'))).toBe(true)
  })

  test('nothing required where an alternative is free, optional, zero-width or a back-reference', () => {
    expect(requiredStrings('(?:编辑|)x?')).toBeUndefined()
    expect(requiredStrings('^(?:编辑)?$')).toBeUndefined()
    expect(requiredStrings('(?=编辑)')).toBeUndefined()
    expect(requiredStrings('(?<a>[甲乙])\\k<a>')).toBeUndefined()
    expect(requiredStrings('[^，。]{2,}')).toBeUndefined()
    // Single characters only: `requiredCharacters` does that.
    expect(requiredStrings('[编編]')).toBeUndefined()
  })

  test('includesAny', () => {
    expect(includesAny('本报讯记者', ['通讯员', '记者'])).toBe(true)
    expect(includesAny('本报讯 记 者', ['通讯员', '记者'])).toBe(false)
  })
})

describe('firstCharacters', () => {
  const chars = (source: string) => {
    const ranges = firstCharacters(source)
    return ranges && ranges.flatMap(([from, to]) => Array.from({length: to - from + 1}, (_, k) => String.fromCodePoint(from + k))).join('')
  }

  test('an anchored pattern starts with the first characters of its first mandatory part', () => {
    expect(chars('^责任编辑[:：]')).toBe('责')
    const byline = firstCharacters('^[(（]?\\s{0,2}(?:本报|新华社)')!
    expect(['(', '（', ' ', '\u3000', '本', '新'].map((char) => startsWithAny(`${char}报`, byline))).toEqual([true, true, true, true, true, true])
    expect(['据', '报', '【', 'a'].map((char) => startsWithAny(`${char}本报`, byline))).toEqual([false, false, false, false])
    expect(chars('^(?:来源|出处)?记者')).toBe('出来记')
  })

  test('no set for patterns not anchored at the start, that can match nothing, or whose start is unknown', () => {
    expect(firstCharacters('责任编辑')).toBeUndefined()
    expect(firstCharacters('^(?:编辑)?$')).toBeUndefined()
    expect(firstCharacters('^a|b')).toBeUndefined()
    expect(firstCharacters('^(a)\\1')).toEqual([[97, 97]])
    expect(firstCharacters('^(a)?\\1b')).toBeUndefined()
    // A look-ahead matches no character: the next part starts the match.
    expect(chars('^(?=编)编辑')).toBe('编')
  })

  test('astral code points and the empty text', () => {
    expect(startsWithAny('\u{20000}后', firstCharacters('^\u{20000}')!)).toBe(true)
    expect(startsWithAny('\ud840后', firstCharacters('^\u{20000}')!)).toBe(false)
    expect(startsWithAny('', firstCharacters('^a')!)).toBe(false)
  })
})

describe('the shipped patterns', () => {
  const patterns = loadPatterns()
  // Characters the patterns are made of, so that random lines often come close to matching.
  const alphabet = [...new Set(patterns.flatMap((pattern) => [...pattern.examples.join(''), ...(pattern.requires ?? '')]))]
  /** Lines of the patterns' characters (and `extra`), and examples with a character dropped or replaced: near-misses of real matches. */
  const randomLine = (extra: string[]) =>
    fc.oneof(
      fc.array(fc.constantFrom(...alphabet, ...extra), {maxLength: 40}).map((chars) => chars.join('')),
      fc.tuple(fc.constantFrom(...patterns.flatMap((pattern) => pattern.examples)), fc.nat(), fc.constantFrom(...alphabet, '')).map(([example, at, replacement]) => {
        const chars = [...example]
        chars.splice(at % (chars.length + 1), 1, replacement)
        return chars.join('')
      })
    )

  test('every pattern has a required set and every example contains one of it', () => {
    for (const pattern of patterns) {
      expect(pattern.requires, pattern.id).toBeDefined()
      for (const example of pattern.examples) expect(containsAny(example, pattern.requires!), `${pattern.id}: ${example}`).toBe(true)
    }
  })

  test('the compiled data holds the same sets as the analysis of the YAML', () => {
    for (const pattern of patterns) {
      expect(pattern.requires, pattern.id).toBe(requiredCharacters(pattern.pattern))
      expect(pattern.literals, pattern.id).toEqual(requiredStrings(pattern.pattern))
      const others = requiredCharacterSets(pattern.pattern).filter((set) => set !== pattern.requires)
      expect(pattern.requiresAlso, pattern.id).toEqual(others.length > 0 ? others : undefined)
      expect(pattern.starts, pattern.id).toEqual(firstCharacters(pattern.pattern))
    }
    // Most line patterns are anchored and name their words first; most name words of two characters or more.
    expect(patterns.filter((pattern) => pattern.starts !== undefined).length).toBeGreaterThan(patterns.length / 2)
    expect(patterns.filter((pattern) => pattern.literals !== undefined).length).toBeGreaterThan(patterns.length * 0.7)
  })

  test('a text a pattern matches always starts with one of its first characters (random lines)', () => {
    const starting = patterns.filter((pattern) => pattern.starts !== undefined)
    fc.assert(
      fc.property(randomLine([' ', '（', '【', '1']), (text) => {
        for (const pattern of starting) if (pattern.regex.test(text)) expect(startsWithAny(text, pattern.starts!), `${pattern.id}: ${text}`).toBe(true)
      }),
      {numRuns: 3000}
    )
    for (const pattern of starting) for (const example of pattern.examples) expect(startsWithAny(example, pattern.starts!) || !pattern.regex.test(example), `${pattern.id}: ${example}`).toBe(true)
  })

  test('a text a pattern matches always contains one of its required characters (random lines)', () => {
    fc.assert(
      fc.property(randomLine([]), (text) => {
        for (const pattern of patterns) if (pattern.regex.test(text)) expect(containsAny(text, pattern.requires!), `${pattern.id}: ${text}`).toBe(true)
      }),
      {numRuns: 3000}
    )
  })

  test('a text a pattern matches always contains one character of each of its other required sets (random lines)', () => {
    const withSets = patterns.filter((pattern) => pattern.requiresAlso !== undefined)
    expect(withSets.length).toBeGreaterThan(patterns.length / 3)
    fc.assert(
      fc.property(randomLine([' ', '（', '）', '1', '：']), (text) => {
        for (const pattern of withSets) if (pattern.regex.test(text)) expect(containsEach(text, pattern.requiresAlso!), `${pattern.id}: ${text}`).toBe(true)
      }),
      {numRuns: 3000}
    )
    for (const pattern of withSets) for (const example of pattern.examples) expect(containsEach(example, pattern.requiresAlso!) || !pattern.regex.test(example), `${pattern.id}: ${example}`).toBe(true)
  })

  test('a text a pattern matches always contains one of its required strings (random lines, examples)', () => {
    const withStrings = patterns.filter((pattern) => pattern.literals !== undefined)
    // Near-misses made of the strings themselves, so that random lines hold them often.
    const pieces = [...new Set(withStrings.flatMap((pattern) => pattern.literals!))]
    fc.assert(
      fc.property(fc.oneof(randomLine([]), fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...alphabet)), {maxLength: 12}).map((parts) => parts.join(''))), (text) => {
        for (const pattern of withStrings) if (pattern.regex.test(text)) expect(includesAny(text, pattern.literals!), `${pattern.id}: ${text}`).toBe(true)
      }),
      {numRuns: 3000}
    )
    for (const pattern of withStrings) for (const example of pattern.examples) expect(includesAny(example, pattern.literals!) || !pattern.regex.test(example), `${pattern.id}: ${example}`).toBe(true)
  })
})

/** A regex (u flag) that records every text it is run on. */
function recording(source: string): {spy: RegExp; runs: string[]} {
  const runs: string[] = []
  const regex = new RegExp(source, 'u')
  const record = (text: string) => {
    runs.push(text)
    return regex.exec(text)
  }
  return {spy: Object.assign(Object.create(regex) as RegExp, {test: (text: string) => record(text) !== null, exec: record}), runs}
}

describe('the prefilters in use', () => {
  const patterns = loadPatterns()
  /** A hanzi none of `starts` holds. */
  const outsideOf = (starts: Array<[number, number]>) => String.fromCodePoint(0x4e00 + [...Array(0x1000).keys()].find((k) => !startsWithAny(String.fromCodePoint(0x4e00 + k), starts))!)
  /** A shipped pattern of this position that carries first characters, its regex replaced by one that records each run. */
  function spied(position: 'line' | 'start') {
    // One whose first characters are few: some start patterns may begin with nearly anything.
    const few = (starts: Array<[number, number]>) => starts.reduce((sum, [from, to]) => sum + to - from + 1, 0) < 1000
    const pattern = patterns.find((p) => p.position === position && p.starts !== undefined && few(p.starts) && p.requires !== undefined)!
    const {spy, runs} = recording(pattern.regex.source)
    return {pattern: {...pattern, regex: spy}, runs}
  }

  test('a line that starts with none of a pattern\'s first characters is not run through it; one that does is', () => {
    const {pattern, runs} = spied('line')
    const outside = outsideOf(pattern.starts!)
    const example = pattern.examples[0]!
    expect(matchLine(outside + example, example.length + 1, [pattern])).toBeUndefined()
    expect(runs).toEqual([])
    matchLine(example, example.length, [pattern])
    expect(runs).toEqual([example])
  })

  test('a paragraph that starts otherwise is not run through a start pattern', () => {
    const {pattern, runs} = spied('start')
    const example = pattern.examples[0]!
    gluedSpans(`${outsideOf(pattern.starts!).repeat(12)}${example}`, [pattern])
    expect(runs).toEqual([])
    gluedSpans(`${example}${'甲'.repeat(30)}`, [pattern])
    expect(runs.length).toBeGreaterThan(0)
  })
})

describe('the string and set prefilters in use', () => {
  /** A line pattern made from `source` with every prefilter the loader gives it, its regex recording each run. */
  function recorded(source: string, position: 'line' | 'start' = 'line') {
    const {spy, runs} = recording(source)
    const smallest = requiredCharacters(source)
    const others = requiredCharacterSets(source).filter((set) => set !== smallest)
    const pattern: Pattern = {
      id: 'probe', kind: position === 'line' ? 'editor-credit' : 'glued-editor', strength: 'strong', pattern: source, maxLength: 60, allowSentence: true,
      allowClause: true, inline: false, startsBlock: false, position, examples: [], counterexamples: [], file: 'probe.yaml',
      regex: spy, requires: smallest, requiresAlso: others.length > 0 ? others : undefined, literals: requiredStrings(source), starts: firstCharacters(source)
    }
    return {pattern, runs}
  }

  test('a line holding the characters of a required word but not the word is not run through the pattern', () => {
    const {pattern, runs} = recorded('^责任编辑[:：]\\s{0,2}\\p{Script=Han}{2,4}$')
    expect(pattern.literals).toBeDefined()
    expect(matchLine('责任人辑：王红', 7, [pattern])).toBeUndefined()
    expect(runs).toEqual([])
    expect(matchLine('责任编辑：王红', 7, [pattern])?.id).toBe('probe')
    expect(runs).toEqual(['责任编辑：王红'])
  })

  test('a line missing one of the other required parts (here a space) is not run through the pattern', () => {
    const {pattern, runs} = recorded('^\\p{Script=Han}{2,6}(?:主任|教授)\\s{1,3}\\p{Script=Han}{2,3}$')
    expect(pattern.requiresAlso).toBeDefined()
    expect(matchLine('市卫健委主任王红', 8, [pattern])).toBeUndefined()
    expect(runs).toEqual([])
    expect(matchLine('市卫健委主任 王红', 9, [pattern])?.id).toBe('probe')
    expect(runs).toEqual(['市卫健委主任 王红'])
  })

  test('a paragraph without a start pattern\'s required word is not run through it', () => {
    const {pattern, runs} = recorded('^[(（]\\s{0,2}责任编辑[:：]\\p{Script=Han}{2,4}[)）]', 'start')
    gluedSpans(`（责任人：王红）${'甲'.repeat(30)}`, [pattern])
    expect(runs).toEqual([])
    expect(gluedSpans(`（责任编辑：王红）${'甲'.repeat(30)}`, [pattern])).toHaveLength(1)
    expect(runs.length).toBeGreaterThan(0)
  })
})
