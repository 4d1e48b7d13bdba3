// Throughput of each script rule alone, in MB/s, on real text (the
// realtext-dev articles repeated to about 1 MB in 200 files, and one 5 MB
// file), and the time of no-pinyin-annotation on n and 4n brackets
// (`（`×n + `发` + `）`×n): the ratio stays near 4 when the scan is linear.
// Run on demand, never in the test suite: `node bench/eval-script/timing.js
// [--base /path/to/another/checkout]` (the other checkout built with tsc -b,
// to compare before and after a change).
import path from 'node:path'
import {corpusFiles, readCorpus, repo} from './lib.js'

const baseAt = process.argv.indexOf('--base')
const root = baseAt === -1 ? repo : path.resolve(process.argv[baseAt + 1])
const {createEngine} = await import(path.join(root, 'packages/core/dist/index.js'))
const ids = ['no-invisible-character', 'no-compat-character', 'no-pinyin-annotation', 'no-mixed-variant', 'consistent-punctuation-width', 'no-confusable']
const rules = {}
for (const id of ids) rules[id] = (await import(path.join(root, 'rules', id, 'dist/index.js'))).default

const lines = ['hongkong', 'taiwan', 'mainland'].flatMap((folder) => corpusFiles(folder)).flatMap((file) => readCorpus(file).split('\n'))

function texts(count, size) {
  const result = []
  let index = 0
  while (result.length < count) {
    let text = ''
    while (Buffer.byteLength(text) < size) text += lines[index++ % lines.length] + '\n'
    result.push(text)
  }
  return result
}

async function seconds(engine, values) {
  const start = process.hrtime.bigint()
  for (const value of values) await engine.check({value, format: 'txt'})
  return Number(process.hrtime.bigint() - start) / 1e9
}

async function best(engine, values, runs = 3) {
  let fastest = Infinity
  for (let run = 0; run < runs; run++) fastest = Math.min(fastest, await seconds(engine, values))
  return fastest
}

const small = texts(200, 5000)
const large = texts(1, 5_000_000)
const mb = (values) => values.reduce((sum, value) => sum + Buffer.byteLength(value), 0) / 1e6
console.log(`checkout: ${root}`)
console.log('rule                          200 files MB/s   5 MB file MB/s')
for (const id of ids) {
  const engine = createEngine([rules[id]], {})
  await engine.check({value: '暖身', format: 'txt'})
  const a = mb(small) / (await best(engine, small))
  const b = mb(large) / (await best(engine, large, 1))
  console.log(`${id.padEnd(30)}${a.toFixed(2).padStart(10)}       ${b.toFixed(2).padStart(10)}`)
}

// The rule's own time: the run with the rule less the run of the parser alone.
const pinyin = createEngine([rules['no-pinyin-annotation']], {})
const parser = createEngine([], {})
const shape = (n) => '（'.repeat(n) + '发' + '）'.repeat(n)
const n = 50_000
const ruleTime = async (size) => (await best(pinyin, [shape(size)], 5)) - (await best(parser, [shape(size)], 5))
await ruleTime(1000)
const once = await ruleTime(n)
const four = await ruleTime(4 * n)
console.log(`\nno-pinyin-annotation on （×n 发 ）×n (rule time, parser excluded): n=${n} ${once.toFixed(3)} s, 4n ${four.toFixed(3)} s, ratio ${(four / once).toFixed(2)} (linear ≈ 4, quadratic ≈ 16)`)
