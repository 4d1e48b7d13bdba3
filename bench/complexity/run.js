// Issue 13: every rule on pathological shapes of size n and 4n; prints the time
// ratio (linear work gives about 4×; the bar is 6×). Run on demand, never in tests:
//   node --expose-gc bench/complexity/run.js [--n 20000] [--rule no-mixed-variant] [--shape masks] [--runs 5]
import {parseArgs} from 'node:util'
import {createEngine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'

const {values} = parseArgs({options: {n: {type: 'string', default: '2000'}, rule: {type: 'string'}, shape: {type: 'string'}, runs: {type: 'string', default: '3'}}})
const n = Number(values.n)
const runs = Number(values.runs)

/** Invented clauses of the claim forms (money, counts, points, 分别 lists, places, persons, periods, 其中, indexes, bases). */
const CLAIM_FORMS = [
  (i) => `今年前三季度，该市实现地区生产总值${1000 + (i % 900)}亿元，同比增长${(i % 9) + 1}.2%`,
  (i) => `全县共有中小学${100 + (i % 80)}所，在校学生${(i % 7) + 2}.5万人`,
  (i) => `城镇居民人均可支配收入比上年增加${(i % 20) + 3}个百分点`,
  (i) => `一、二、三季度，工业产值分别增长${i % 8}.5%、${i % 6}.1%和${i % 5}.0%`,
  (i) => `江苏省南京市新增就业岗位${(i % 9) + 1}.3万个`,
  (i) => `市长王小明表示，全年将新建学校${(i % 30) + 2}所`,
  (i) => `2025年1至9月，全省进出口总额达${2000 + (i % 999)}亿元`,
  (i) => `全市共有企业${500 + (i % 400)}家，其中国有企业${100 + (i % 90)}家`,
  (i) => `上证指数涨${(i % 40) + 5}点，或0.${(i % 9) + 1}%，报${3000 + (i % 500)}点`,
  (i) => `该县贫困发生率下降到${(i % 9) + 1}.2%，较去年同期下降${(i % 5) + 1}个百分点`
]

/** Pathological shapes from issue 13 and their relatives, each a function of a size. */
const shapes = {
  'percent list after 其中': (size) => '全县共有学校120所，其中' + '50%、'.repeat(size) + '。\n',
  'percent list opening its line': (size) => '其中' + '50%、'.repeat(size) + '。\n',
  // (parts-sum-to-whole reads a list down to the whole's own parts: bracketed breakdowns, figures named again.)
  'parts with bracketed breakdowns after 其中': (size) => '全市共有人员9000人，其中' + Array.from({length: size}, (_, i) => `服务对象${i % 50 + 20}人（甲${i % 7 + 1}人，乙3人`).join('，') + '。\n',
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
  // Years of two digits with no year written in full (zh-number once looked `20NN年` up in the whole text for each).
  'two-digit years in one paragraph': (size) => Array.from({length: size}, (_, i) => `较${(i % 60) + 30}年同期，`).join('') + '\n',
  'Markdown list items': (size) => '- 新闻条目\n'.repeat(size),
  // One paragraph of many sentences with figures (the claims' period reader once looked for the
  // paragraph's start from every number: 16 000 sentences 4.8 s, 32 000 16.9 s).
  'sentences of one paragraph': (size) => '道指涨120点，或0.5%，报24100点。'.repeat(size) + '\n',
  'Markdown paragraph of many sentences': (size) => '道指涨120点，或0.5%，报24100点。'.repeat(size) + '\n',
  // One sentence of many figures (2026-12-07, bench/claims-scale/README.md "Long paragraphs"): the
  // claims' readings once went back to the sentence's start, its 分别 or its time from every number.
  'values after 分别 in one sentence': (size) => '各县的增速分别为' + Array.from({length: size}, (_, i) => `${(i % 90) + 1}.5%`).join('、') + '。\n',
  'amounts after a year list in one sentence': (size) => '该市2017、2018年生产总值分别为' + Array.from({length: size}, (_, i) => `${(i % 90) + 10}.5亿元`).join('、') + '。\n',
  'amounts after the year opening a sentence': (size) => '2018年全县各乡镇粮食产量为' + Array.from({length: size}, (_, i) => `${100 + i}万吨`).join('、') + '。\n',
  'figures inheriting one metric in one sentence': (size) => '全市粮食产量' + Array.from({length: size}, (_, i) => `${100 + i}万吨，比上年增长${(i % 9) + 1}.5%，`).join('') + '创历史新高。\n',
  'growths after comparison bases in one sentence': (size) => '全县粮食产量' + Array.from({length: size}, (_, i) => `比${2000 + (i % 20)}年增长${(i % 9) + 1}.5%`).join('，') + '。\n',
  'clauses of claim forms in one sentence': (size) => Array.from({length: size}, (_, i) => CLAIM_FORMS[i % CLAIM_FORMS.length](i)).join('，') + '。\n'
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
