// Time of each script rule alone per MB of real text (the realtext-dev
// articles cut into 200 files of about 5 KB, parsed beforehand); and no-pinyin-annotation on n and 4n brackets (`（`×n + `发` + `）`×n):
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

/** Seconds of no-pinyin-annotation alone on `（`×n + `发` + `）`×n, for n = 100 000 and 400 000. */
async function bracketShape(root) {
  const {unified} = await import(path.join(root, 'packages/core/node_modules/unified/index.js'))
  const {VFile} = await import(path.join(root, 'packages/core/node_modules/vfile/index.js'))
  const {createEngine} = await import(path.join(root, 'packages/core/dist/index.js'))
  const rule = (await import(path.join(root, 'rules/no-pinyin-annotation/dist/index.js'))).default
  const parser = createEngine([], {})
  const processor = unified().use(rule).freeze()
  const time = async (n) => {
    const value = '（'.repeat(n) + '发' + '）'.repeat(n)
    const {tree} = await parser.parse({value, format: 'txt'})
    let fastest = Infinity
    for (let round = 0; round < 5; round++) {
      const copy = structuredClone(tree)
      const file = new VFile({value})
      file.data.settings = {}
      const start = process.hrtime.bigint()
      await processor.run(copy, file)
      fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e9)
    }
    return fastest
  }
  await time(1000)
  return [await time(100_000), await time(400_000)]
}

/**
 * In a child process: ms per MB of each rule of one checkout, run alone on
 * trees parsed beforehand (so the parser's time does not drown the rule's),
 * fastest of four rounds; printed as JSON.
 */
async function measure(root) {
  const {unified} = await import(path.join(root, 'packages/core/node_modules/unified/index.js'))
  const {VFile} = await import(path.join(root, 'packages/core/node_modules/vfile/index.js'))
  const {createEngine} = await import(path.join(root, 'packages/core/dist/index.js'))
  const files = texts()
  const megabytes = files.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
  const parser = createEngine([], {})
  const trees = []
  for (const value of files) trees.push({value, tree: (await parser.parse({value, format: 'txt'})).tree})
  const result = {}
  for (const id of ids) {
    const processor = unified().use((await import(path.join(root, 'rules', id, 'dist/index.js'))).default).freeze()
    let fastest = Infinity
    for (let round = 0; round < 4; round++) {
      const copies = trees.map(({value, tree}) => ({value, tree: structuredClone(tree)}))
      const start = process.hrtime.bigint()
      for (const {value, tree} of copies) {
        const file = new VFile({value})
        file.data.settings = {}
        file.data.format = 'txt'
        await processor.run(tree, file)
      }
      fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e9)
    }
    result[id] = (fastest / megabytes) * 1000
  }
  result.shape = root === repo ? await bracketShape(root) : [NaN, NaN]
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
  console.log(`rule time per MB on parsed trees, fastest of ${rounds} processes per checkout`)
  console.log('rule'.padEnd(30) + roots.map((root) => path.basename(root).padStart(14)).join(''))
  for (const id of ids) console.log(id.padEnd(30) + roots.map((root) => `${best.get(root)[id].toFixed(0)} ms/MB`.padStart(14)).join(''))
  {
    const [once, four] = best.get(repo).shape
    console.log(`no-pinyin-annotation alone on （×n 发 ）×n, n=100 000 ${once.toFixed(3)} s, 4n ${four.toFixed(3)} s, ratio ${(four / once).toFixed(2)} (linear ≈ 4, quadratic ≈ 16)`)
  }
}
