// Issue 13: every rule on pathological shapes of size n and 4n; prints the time
// ratio (linear work gives about 4×; the bar is 6×). Run on demand, never in tests:
//   node --expose-gc bench/complexity/run.js [--n 20000] [--rule no-mixed-variant] [--shape masks] [--runs 5]
import {parseArgs} from 'node:util'
import {createEngine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'

const {values} = parseArgs({options: {n: {type: 'string', default: '2000'}, rule: {type: 'string'}, shape: {type: 'string'}, runs: {type: 'string', default: '3'}}})
const n = Number(values.n)
const runs = Number(values.runs)

/** Pathological shapes from issue 13 and their relatives, each a function of a size. */
const shapes = {
  'percent list after 其中': (size) => '全县共有学校120所，其中' + '50%、'.repeat(size) + '。\n',
  'percent list opening its line': (size) => '其中' + '50%、'.repeat(size) + '。\n',
  'unclosed brackets around a hanzi': (size) => '（'.repeat(size) + '发' + '）'.repeat(size) + '\n',
  'one line without punctuation': (size) => '中文字'.repeat(size) + '\n',
  'digits': (size) => '共有' + '1'.repeat(size) + '人。\n',
  'many short lines': (size) => '新闻\n'.repeat(size),
  'invisible characters': (size) => '新\u200b闻\u00a0'.repeat(size) + '\n',
  'masks': (size) => '***当先锋，'.repeat(size) + '\n',
  'half-width commas between hanzi': (size) => '新闻,'.repeat(size) + '\n',
  'numbers in one sentence': (size) => '全县共有' + '学校12所、'.repeat(size) + '。\n',
  // A line of years and of counts with no table and no 《》 title around them (zh-number's table-year
  // and title readings once scanned the whole line or text for each number).
  'years on one line': (size) => '历年' + Array.from({length: size}, (_, i) => `${1900 + (i % 200)}、`).join('') + '。\n',
  'counts without a title': (size) => '名单' + Array.from({length: size}, (_, i) => `${(i % 90) + 10}名、`).join('') + '。\n',
  // A results line of scores set off by spaces (zh-number once counted the line's scores for each one).
  'scores on one line': (size) => '比分' + Array.from({length: size}, (_, i) => ` 隊${i % 9} ${i % 9}:${(i + 3) % 9}`).join('') + '\n',
  'Markdown list items': (size) => '- 新闻条目\n'.repeat(size),
  // One paragraph of many sentences with figures (the claims' period reader once looked for the
  // paragraph's start from every number: 16 000 sentences 4.8 s, 32 000 16.9 s).
  'sentences of one paragraph': (size) => '道指涨120点，或0.5%，报24100点。'.repeat(size) + '\n',
  'Markdown paragraph of many sentences': (size) => '道指涨120点，或0.5%，报24100点。'.repeat(size) + '\n'
}

/**
 * Best of `--runs` runs (three by default), in milliseconds of this process's CPU time (user and
 * system, GC threads included): on a shared machine wall time measures the
 * other processes too. A single run is at the mercy of GC and JIT.
 */
async function time(engine, value, format) {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    // The garbage of the run before is not this run's cost (run with --expose-gc).
    globalThis.gc?.()
    const start = process.cpuUsage()
    await engine.check({value, format})
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

/** The smallest size from `n` up (doubling) whose check takes at least 50 ms, so the ratio is not noise. */
async function measurableSize(engine, make, format) {
  let size = n
  while (size < 64 * n && (await time(engine, make(size), format)) < 50) size *= 2
  return size
}

const selected = values.rule ? rules.filter((rule) => rule.meta.ruleId === values.rule) : rules
const rows = []
for (const rule of selected) {
  const engine = createEngine([rule])
  for (const [shape, make] of Object.entries(shapes)) {
    if (values.shape && shape !== values.shape) continue
    const format = shape.startsWith('Markdown') ? 'md' : 'txt'
    await time(engine, make(Math.max(1, n / 100)), format) // warm up
    const size = await measurableSize(engine, make, format)
    const small = await time(engine, make(size), format)
    const large = await time(engine, make(4 * size), format)
    const row = {rule: rule.meta.ruleId, shape, n: size, ms: small.toFixed(1), ms4n: large.toFixed(1), ratio: (large / Math.max(small, 0.5)).toFixed(2)}
    rows.push(row)
    // As it goes: a full run takes many minutes.
    console.error(Object.values(row).join('\t'))
  }
}
console.table(rows)
const worst = rows.reduce((a, b) => (Number(b.ratio) > Number(a.ratio) ? b : a))
console.log(`worst ratio ${worst.ratio} (${worst.rule}, ${worst.shape}); bar: 6 for 4× input`)
