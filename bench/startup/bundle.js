// Experiment, not shipped: what bundling the CLI's runtime into one file would save at start-up.
// Bundles packages/cli/dist/run.js with esbuild (packages/web's devDependency) twice, into a
// temporary folder: an ES module, and a CommonJS file loaded through `vm.Script` with V8's code
// cache (`cachedData`, written by the first run). Then times, interleaved, `node -e 0`, the CLI as
// built (hundreds of modules), and both bundles on one 5 KB article, and checks the three reports
// are identical. Run after `npx tsc -b`: node bench/startup/bundle.js [--runs N]
//
// The bundles replace `import.meta.url` in workspace modules by the module's own file URL, so data
// files (the boilerplate patterns) and jieba are found where they are in this checkout: fine for a
// measurement, not for a published package (see README.md).
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {tmpdir} from 'node:os'
import {pathToFileURL} from 'node:url'
import {repo, smallTexts} from '../lib/corpus.js'

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7
const esbuild = createRequire(path.join(repo, 'packages', 'web', 'package.json'))('esbuild')
const out = mkdtempSync(path.join(tmpdir(), 'jiaodui-bundle-'))
const article = path.join(out, 'article.txt')
writeFileSync(article, smallTexts(1, 5000)[0])

/** esbuild plugin: `import.meta.url` of each workspace module becomes that module's file URL. */
const ownUrls = {
  name: 'own-urls',
  setup(build) {
    build.onLoad({filter: /[/\\](packages|rules)[/\\][^/\\]+[/\\]dist[/\\].*\.js$/}, (args) => {
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes('import.meta.url')) return undefined
      return {contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'js'}
    })
  }
}
// Native, optional or lazily required packages stay outside the bundle.
const external = ['@node-rs/jieba', 'jieba-wasm', 'libsql', 'pg', 'ajv', 'yaml', '@jiaodui/lsp', 'chardet', 'iconv-lite']
const common = {entryPoints: [path.join(repo, 'packages', 'cli', 'dist', 'run.js')], bundle: true, platform: 'node', target: 'node20', external, plugins: [ownUrls], logLevel: 'warning'}
await esbuild.build({...common, format: 'esm', outfile: path.join(out, 'esm', 'run.js'), banner: {js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);"}})
await esbuild.build({...common, format: 'cjs', outfile: path.join(out, 'cjs', 'run.cjs'), define: {'import.meta.url': '__ownUrl'}, banner: {js: "const __ownUrl = require('url').pathToFileURL(__filename).href;"}})

const flags = "require('v8').setFlagsFromString('--no-regexp-tier-up');"
writeFileSync(path.join(out, 'esm', 'bin.mjs'), `import v8 from 'node:v8'; v8.setFlagsFromString('--no-regexp-tier-up')
const {run} = await import('./run.js'); process.exitCode = await run(process.argv.slice(2))\n`)
mkdirSync(path.join(out, 'cjs'), {recursive: true})
writeFileSync(path.join(out, 'cjs', 'bin.cjs'), `${flags}
const vm = require('vm'), fs = require('fs'), path = require('path'), Module = require('module')
const file = path.join(__dirname, 'run.cjs'), cacheFile = file + '.cache'
let cachedData; try { cachedData = fs.readFileSync(cacheFile) } catch {}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), {filename: file, cachedData})
const module_ = {exports: {}}
script.runInThisContext()(module_.exports, require, module_, file, __dirname)
module_.exports.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code
  if (!cachedData || script.cachedDataRejected) fs.writeFileSync(cacheFile, script.createCachedData())
})\n`)

const commands = {
  'node -e 0': ['-e', '0'],
  'check, modules (as built)': [path.join(repo, 'packages', 'cli', 'bin', 'jiaodui.js'), 'check', '--format', 'json', article],
  'check, ESM bundle': [path.join(out, 'esm', 'bin.mjs'), 'check', '--format', 'json', article],
  'check, CJS bundle + code cache': [path.join(out, 'cjs', 'bin.cjs'), 'check', '--format', 'json', article]
}
const outputs = new Map()
for (const [name, args] of Object.entries(commands)) outputs.set(name, spawnSync(process.execPath, args, {encoding: 'utf8'}).stdout)
const reports = [...outputs].slice(1).map(([, text]) => text)
if (!reports.every((text) => text === reports[0])) throw new Error('the bundles report differently from the modules')
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
for (let run = 0; run < runs; run++) {
  for (const [name, args] of Object.entries(commands)) {
    const start = process.hrtime.bigint()
    spawnSync(process.execPath, args, {encoding: 'utf8'})
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6)
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const base = median(times['node -e 0'])
console.log(`median of ${runs} interleaved runs; node ${process.version}; reports identical; bundles in ${out}`)
console.table(
  Object.entries(times).map(([name, list]) => ({command: name, 'median ms': median(list).toFixed(0), 'min ms': Math.min(...list).toFixed(0), 'ratio to node -e 0': (median(list) / base).toFixed(2)}))
)
