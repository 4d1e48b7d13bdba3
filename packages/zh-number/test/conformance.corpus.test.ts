import {describe, expect, test} from 'vitest'
import {type Case, type Expected, loadSuite, scoreAgainst, show} from './score.js'

/**
 * Deliberate differences from the peers (see README, "Peer suites"). Each case is
 * counted as passed only when our output is exactly the documented one below.
 */
const DELIBERATE: Record<string, {why: string; expect: Expected[]}> = {
  'rt-number-0096': {
    why: 'one date and one clock time instead of four bare numbers (１９９１年１月１６日, ２０点)',
    expect: [
      {text: '１９９１年１月１６日', value: '1991-01-16', kind: 'date', unit: null, start: 0, end: 10},
      {text: '２０点', value: '20:00', kind: 'time', unit: null, start: 15, end: 18}
    ]
  },
  'rt-number-0173': {
    why: 'one date and one clock time instead of four bare numbers (traditional script)',
    expect: [
      {text: '１９９１年１月１６日', value: '1991-01-16', kind: 'date', unit: null, start: 0, end: 10},
      {text: '２０點', value: '20:00', kind: 'time', unit: null, start: 15, end: 18}
    ]
  },
  'rt-percent-0048': {
    why: '二三十 is a vague range (20 to 30), not nothing',
    expect: [{text: '二三十个百分点', value: null, lo: 20, hi: 30, kind: 'range', unit: '百分点', start: 0, end: 7}]
  },
  'rt-percent-0049': {
    why: '二三十 is a vague range (20 to 30), not nothing',
    expect: [{text: '百分之二三十', value: null, lo: 20, hi: 30, kind: 'range', unit: '%', start: 0, end: 6}]
  },
  'rt-percent-0116': {
    why: '二三十 is a vague range (20 to 30), not nothing (traditional script)',
    expect: [{text: '二三十個百分點', value: null, lo: 20, hi: 30, kind: 'range', unit: '百分点', start: 0, end: 7}]
  },
  'rt-number-0308': {
    why: '五台山 is a mountain name: a numeral + one character + a place tail (山, 岭, 村…) is not a quantity',
    expect: []
  },
  'rt-number-0322': {
    why: '另一种 is "another kind": 一 + classifier after 另 is an indefinite article, not a count of one (issue 18, numerals of real news)',
    expect: [
      {text: '三', value: 3, kind: 'number', unit: null, start: 0, end: 1},
      {text: '叁', value: 3, kind: 'number', unit: null, start: 8, end: 9}
    ]
  }
}

// cn2an rounds values below 1e-9 to 0; we keep the exact value of 零点零…一.
for (let zeros = 10; zeros <= 15; zeros++) {
  const input = `零点${'零'.repeat(zeros - 1)}一`
  const id = `cn2an-${String(70 + 15 - zeros).padStart(4, '0')}`
  DELIBERATE[id] = {
    why: 'we keep full precision; cn2an truncates values below 1e-9 to 0',
    expect: [{text: input, value: Number(`1e-${zeros}`), kind: 'number', unit: null, start: 0, end: input.length}]
  }
}

interface Tally {
  pass: number
  documented: number
  raw: number
  total: number
}

function run(file: string): {byTag: Map<string, Tally>; all: Tally; failures: string[]} {
  const byTag = new Map<string, Tally>()
  const all: Tally = {pass: 0, documented: 0, raw: 0, total: 0}
  const failures: string[] = []
  for (const c of loadSuite(file)) {
    const peer = scoreAgainst(c, c.expect)
    const raw = scoreAgainst(c, c.expect, {raw: true})
    const ours = DELIBERATE[c.id]
    let documented = peer.pass
    if (!peer.pass && ours !== undefined) {
      expect(c.input.length).toBeGreaterThan(0)
      documented = scoreAgainst(c as Case, ours.expect, {strict: true}).pass
    }
    if (!documented) failures.push(`${c.id} ${JSON.stringify(c.input)}: ${peer.why ?? ''} — got ${show(peer.got)}`)
    const model = c.id.startsWith('rt-') ? [`model:${c.id.split('-')[1]}`] : []
    const tags = [...(c.tags ?? []), ...model, ...(c.quirk !== undefined ? ['quirk'] : [])]
    if (tags.length === 0) tags.push('(untagged)')
    for (const t of [...tags, '*']) {
      const tally = t === '*' ? all : byTag.get(t) ?? {pass: 0, documented: 0, raw: 0, total: 0}
      tally.total++
      if (peer.pass) tally.pass++
      if (documented) tally.documented++
      if (raw.pass) tally.raw++
      if (t !== '*') byTag.set(t, tally)
    }
  }
  return {byTag, all, failures}
}

function pct(n: number, d: number): string {
  return `${((100 * n) / d).toFixed(1)}%`
}

function report(file: string, r: ReturnType<typeof run>): void {
  const lines = [
    `${file}: ${r.all.documented}/${r.all.total} (${pct(r.all.documented, r.all.total)}) with documented differences; ` +
      `${r.all.pass}/${r.all.total} (${pct(r.all.pass, r.all.total)}) against the peer's expectations; ` +
      `${r.all.raw}/${r.all.total} (${pct(r.all.raw, r.all.total)}) raw (no model split)`,
    '  tag                          documented   peer        raw'
  ]
  for (const [tag, t] of [...r.byTag].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(
      `  ${tag.padEnd(28)} ${`${t.documented}/${t.total}`.padStart(8)} ${pct(t.documented, t.total).padStart(6)}` +
        ` ${`${t.pass}/${t.total}`.padStart(8)} ${`${t.raw}/${t.total}`.padStart(8)}`
    )
  }
  for (const f of r.failures) lines.push(`  FAIL ${f}`)
  console.log(lines.join('\n'))
}

describe('peer conformance suites', () => {
  test('recognizers-zh.jsonl: at least 97%', () => {
    const r = run('recognizers-zh.jsonl')
    report('recognizers-zh.jsonl', r)
    expect(r.all.total).toBe(522)
    expect(r.all.documented / r.all.total).toBeGreaterThanOrEqual(0.97)
    // Regression floor: 522/522 documented; 515 against the peer's expectations since rt-number-0322 became a deliberate difference.
    expect(r.all.documented).toBeGreaterThanOrEqual(522)
    expect(r.all.pass).toBeGreaterThanOrEqual(515)
  })

  test('cn2an.jsonl: at least 95%', () => {
    const r = run('cn2an.jsonl')
    report('cn2an.jsonl', r)
    expect(r.all.total).toBe(251)
    expect(r.all.documented / r.all.total).toBeGreaterThanOrEqual(0.95)
    expect(r.all.documented).toBeGreaterThanOrEqual(251)
    expect(r.all.pass).toBeGreaterThanOrEqual(245)
  })

  test('every deliberate difference is a real difference', () => {
    // An entry that the peer expectation already satisfies is stale and must be removed.
    const cases = [...loadSuite('recognizers-zh.jsonl'), ...loadSuite('cn2an.jsonl')]
    for (const id of Object.keys(DELIBERATE)) {
      const c = cases.find((x) => x.id === id)
      expect(c, id).toBeDefined()
      expect(scoreAgainst(c!, c!.expect).pass, id).toBe(false)
    }
  })
})
