// Time of each script rule alone per MB of real text (the realtext-dev
// articles cut into 200 files of about 5 KB), the parser's own time taken
// out; and no-pinyin-annotation on n and 4n brackets (`（`×n + `发` + `）`×n):
// the ratio stays near 4 when the scan is linear. With `--base DIR` (another
// checkout, built with tsc -b) each checkout is timed in its own process,
// alternately, fastest of the rounds kept (timing both in one process skews
// whichever runs second). Run on demand, never in the test suite:
//
//   node bench/eval-script/timing.js [--base /path/to/checkout] [--rounds 3]
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpusFiles, readCorpus, repo} from './lib.js'

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const ids = ['no-invisible-character', 'no-compat-character', 'no-pinyin-annotation', 'no-mixed-variant', 'consistent-punctuation-width', 'no-confusable']

function texts() {
  const lines = ['hongkong', 'taiwan', 'mainland'].flatMap((folder) => corpusFiles(folder)).flatMap((file) => readCorpus(file).split('\n'))
  const files = []
  for (let index = 0; files.length < 200; ) {
    let text = ''
    while (Buffer.byteLength(text) < 5000) text += lines[index++ % lines.length] + '\n'
    files.push(text)
  }
  return files
}

async function seconds(engine, values) {
  const start = process.hrtime.bigint()
  for (const value of values) await engine.check({value, format: 'txt'})
  return Number(process.hrtime.bigint() - start) / 1e9
}

/** In a child process: ms per MB of each rule (parser excluded) for one checkout, as JSON. */
async function measure(root) {
  const {createEngine} = await import(path.join(root, 'packages/core/dist/index.js'))
  const files = texts()
  const megabytes = files.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
  const parser = createEngine([], {})
  const result = {}
  for (const id of ids) {
    const engine = createEngine([(await import(path.join(root, 'rules', id, 'dist/index.js'))).default], {})
    let rule = Infinity
    let parse = Infinity
    for (let round = 0; round < 4; round++) {
      parse = Math.min(parse, await seconds(parser, files))
      rule = Math.min(rule, await seconds(engine, files))
    }
    result[id] = ((rule - parse) / megabytes) * 1000
  }
  const pinyin = createEngine([(await import(path.join(root, 'rules/no-pinyin-annotation/dist/index.js'))).default], {})
  const shape = (n) => ['（'.repeat(n) + '发' + '）'.repeat(n)]
  const ruleTime = async (n) => {
    let rule = Infinity
    let parse = Infinity
    for (let round = 0; round < 3; round++) {
      rule = Math.min(rule, await seconds(pinyin, shape(n)))
      parse = Math.min(parse, await seconds(parser, shape(n)))
    }
    return rule - parse
  }
  await ruleTime(1000)
  // Only this checkout: an older one may be quadratic here (minutes).
  result.shape = root === repo ? [await ruleTime(100_000), await ruleTime(400_000)] : [NaN, NaN]
  console.log(JSON.stringify(result))
}

if (option('--worker')) {
  await measure(option('--worker'))
} else {
  const roots = [repo, ...(option('--base') ? [path.resolve(option('--base'))] : [])]
  const rounds = Number(option('--rounds') ?? 3)
  const best = new Map()
  for (let round = 0; round < rounds; round++) {
    for (const root of roots) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--worker', root], {encoding: 'utf8', maxBuffer: 1 << 26})
      if (child.status !== 0) throw new Error(child.stderr)
      const result = JSON.parse(child.stdout.trim().split('\n').at(-1))
      const previous = best.get(root)
      best.set(root, previous ? Object.fromEntries(Object.entries(result).map(([key, value]) => [key, key === 'shape' ? (value[0] < previous.shape[0] ? value : previous.shape) : Math.min(value, previous[key])])) : result)
    }
  }
  console.log(`rule time per MB, parser excluded, fastest of ${rounds} processes per checkout`)
  console.log('rule'.padEnd(30) + roots.map((root) => path.basename(root).padStart(14)).join(''))
  for (const id of ids) console.log(id.padEnd(30) + roots.map((root) => `${best.get(root)[id].toFixed(0)} ms/MB`.padStart(14)).join(''))
  {
    const [once, four] = best.get(repo).shape
    console.log(`no-pinyin-annotation on （×n 发 ）×n, n=100 000 ${once.toFixed(3)} s, 4n ${four.toFixed(3)} s, ratio ${(four / once).toFixed(2)} (linear ≈ 4, quadratic ≈ 16)`)
  }
}
