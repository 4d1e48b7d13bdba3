import {createHash} from 'node:crypto'
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {matchLine} from '../src/classify.js'
import {buildCompiledPatterns, checkPatternSafety, compileCheckedPatterns} from '../src/check-data.js'
import {
  compiledFileName,
  compilePatterns,
  compileSources,
  defaultDataDirectory,
  hashPatternSources,
  loadPatterns,
  PatternDataError,
  readPatternSources,
  sha256OfSources
} from '../src/patterns.js'
import {patternsSchema} from '../src/schema.js'
import {gluedSpans} from '../src/spans.js'
import {normalise, visibleLength} from '../src/text.js'

const patterns = loadPatterns()

describe('pattern data', () => {
  test('loads every data file, with unique ids', () => {
    expect(patterns.length).toBeGreaterThan(40)
    expect(new Set(patterns.map((pattern) => pattern.id)).size).toBe(patterns.length)
    expect(new Set(patterns.map((pattern) => pattern.file))).toEqual(
      new Set(['credits.yaml', 'legal.yaml', 'lists.yaml', 'navigation.yaml', 'promos.yaml', 'regional.yaml', 'glued.yaml'])
    )
  })

  test('every shipped pattern passes the backtracking check (run here, not at every start)', () => {
    expect(() => checkPatternSafety(patterns)).not.toThrow()
  })

  test('the runtime does not import the backtracking check', () => {
    for (const name of ['index.ts', 'patterns.ts', 'classify.ts', 'spans.ts']) {
      const source = readFileSync(new URL(`../src/${name}`, import.meta.url), 'utf8')
      expect(source, name).not.toMatch(/from '\.\/(?:regex-safety|check-data)\.js'/)
    }
  })

  test(`${compiledFileName} is what the build makes from the YAML (no drift)`, () => {
    const stale = buildCompiledPatterns(defaultDataDirectory) !== readFileSync(new URL(compiledFileName, defaultDataDirectory), 'utf8')
    expect(stale, `data/${compiledFileName} is stale: run \`npx tsc -b && node rules/no-scraped-boilerplate/scripts/compile-patterns.js\``).toBe(false)
  })

  test('the compiled data loads as the same patterns as parsing and checking the YAML', () => {
    const parsed = compileSources(readPatternSources(defaultDataDirectory))
    expect(patterns).toEqual(parsed)
    expect(patterns.map((pattern) => Object.keys(pattern))).toEqual(parsed.map((pattern) => Object.keys(pattern)))
  })

  test('a pattern loaded from the compiled data makes its regex when first read, once', () => {
    const pattern = patterns.find((p) => p.id === 'dateline-leading')!
    expect(typeof Object.getOwnPropertyDescriptor(pattern, 'regex')?.get).toBe('function')
    expect(pattern.regex).toBe(pattern.regex)
    expect(pattern.regex.flags).toBe('u')
    expect(pattern.regex.source).toBe(new RegExp(pattern.pattern, 'u').source)
  })

  test('compiled data made from other YAML is ignored: the YAML is parsed and checked instead', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-patterns-'))
    copyFileSync(new URL('lists.yaml', defaultDataDirectory), path.join(folder, 'lists.yaml'))
    const stale = {source: 'other', files: {'lists.yaml': [{...patterns[0], id: 'from-stale-compiled-data'}]}}
    writeFileSync(path.join(folder, compiledFileName), JSON.stringify(stale))
    const loaded = loadPatterns(pathToFileURL(folder + path.sep))
    expect(loaded.map((pattern) => pattern.id)).toEqual(patterns.filter((pattern) => pattern.file === 'lists.yaml').map((pattern) => pattern.id))
  })

  test('in Node the SHA-256 of the YAML decides whether compiled data is used', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-patterns-'))
    copyFileSync(new URL('lists.yaml', defaultDataDirectory), path.join(folder, 'lists.yaml'))
    const sources = readPatternSources(pathToFileURL(folder + path.sep))
    const digest = createHash('sha256')
    for (const {name, text} of sources) digest.update(`${name}\0${text}\0`)
    expect(sha256OfSources(sources)).toBe(digest.digest('hex'))
    const marked = {files: {'lists.yaml': [{...patterns[0], id: 'from-compiled-data'}]}}
    // Right SHA-256, whatever the older hash says: the compiled entries are used.
    writeFileSync(path.join(folder, compiledFileName), JSON.stringify({...marked, source: 'other', sha256: sha256OfSources(sources)}))
    expect(loadPatterns(pathToFileURL(folder + path.sep)).map((pattern) => pattern.id)).toEqual(['from-compiled-data'])
    // Wrong SHA-256 with the right older hash: the YAML is parsed instead.
    const other = mkdtempSync(path.join(tmpdir(), 'jiaodui-patterns-'))
    copyFileSync(new URL('lists.yaml', defaultDataDirectory), path.join(other, 'lists.yaml'))
    writeFileSync(path.join(other, compiledFileName), JSON.stringify({...marked, source: hashPatternSources(sources), sha256: '0'.repeat(64)}))
    expect(loadPatterns(pathToFileURL(other + path.sep)).map((pattern) => pattern.id)).not.toContain('from-compiled-data')
  })

  test('is loaded once per process', () => {
    expect(loadPatterns()).toBe(patterns)
  })

  test('schemas/boilerplate-patterns.schema.json is the schema the loader uses', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../schemas/boilerplate-patterns.schema.json', import.meta.url), 'utf8')
    ) as unknown
    expect(committed).toEqual(JSON.parse(JSON.stringify(patternsSchema)))
    expect(() => new Ajv2020({strict: true}).compile(patternsSchema)).not.toThrow()
  })

  for (const pattern of patterns) {
    test(`${pattern.file} ${pattern.id}: examples match, counterexamples do not`, () => {
      if (pattern.position !== 'line') {
        // A span pattern finds its span in each example paragraph, and none in the counterexamples.
        for (const example of pattern.examples) expect(gluedSpans(example, [pattern]).map((span) => span.id), example).toContain(pattern.id)
        for (const counterexample of pattern.counterexamples) expect(gluedSpans(counterexample, [pattern]), counterexample).toEqual([])
        return
      }
      for (const example of pattern.examples) {
        const text = normalise(example)
        expect(matchLine(text, visibleLength(text), [pattern])?.id, example).toBe(pattern.id)
      }
      for (const counterexample of pattern.counterexamples) {
        const text = normalise(counterexample)
        expect(matchLine(text, visibleLength(text), [pattern]), counterexample).toBeUndefined()
      }
    })
  }

  test('no example of one kind is prose: examples never end like a sentence unless allowed', () => {
    for (const pattern of patterns.filter((pattern) => !pattern.allowSentence && pattern.position === 'line')) {
      for (const example of pattern.examples) expect(/[。？]$/.test(example), `${pattern.id}: ${example}`).toBe(false)
    }
  })
})

describe('loader', () => {
  const entry = {id: 'x', kind: 'other', strength: 'strong', pattern: '^x$', examples: ['x']}

  test('fills defaults', () => {
    const [pattern] = compilePatterns({patterns: [entry]}, 'test.yaml')
    expect(pattern).toMatchObject({maxLength: 120, allowSentence: false, allowClause: true, inline: false, startsBlock: false})
    expect(pattern!.regex.flags).toBe('u')
  })

  test('rejects data that does not follow the schema', () => {
    expect(() => compilePatterns({patterns: [{...entry, kind: 'nonsense'}]}, 'bad.yaml')).toThrow(PatternDataError)
    expect(() => compilePatterns({patterns: [{...entry, extra: true}]}, 'bad.yaml')).toThrow(/bad\.yaml/)
    expect(() => compilePatterns({patterns: [{...entry, examples: []}]}, 'bad.yaml')).toThrow(PatternDataError)
    expect(() => compilePatterns(parse('patterns: []'), 'empty.yaml')).toThrow(PatternDataError)
  })

  test('rejects duplicate ids', () => {
    expect(() => compilePatterns({patterns: [entry, entry]}, 'twice.yaml')).toThrow(/Duplicate pattern id `x`/)
  })

  test('rejects patterns that can backtrack catastrophically', () => {
    for (const pattern of ['(a+)+$', '(?:\\s*x)*y', '(a|a)*b', '(\\d|\\w)+z', '^(.*)*$', '(a|ab)+c']) {
      expect(() => compileCheckedPatterns({patterns: [{...entry, pattern}]}, 'evil.yaml'), pattern).toThrow(/Unsafe pattern/)
    }
  })

  test('rejects invalid regular expressions', () => {
    expect(() => compilePatterns({patterns: [{...entry, pattern: '(unclosed'}]}, 'broken.yaml')).toThrow(PatternDataError)
  })
})
