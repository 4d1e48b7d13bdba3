// Bundles the CLI's run-time (packages/cli/dist/run.js and every workspace module it reaches) into
// one CommonJS file, packages/cli/bundle/run.cjs, which bin/jiaodui.js loads through `vm.Script`
// with V8's code cache when it is fresh. Loading ~200 ES modules one by one cost about 100 ms of a
// one-article check, compiling them about 50 ms more (bench/startup/README.md, "Bundling").
//
// The bundle is a build product of this checkout, not of a published package: it is not in the
// package's `files`, and it refers to the checkout's own files (data beside a module, native and
// optional packages) by absolute path. So it is used only while `bundle/inputs.json` still
// describes the checkout: the same root, and every input file with the size and mtime it had when
// bundled. Anything else (a rebuild with `tsc -b` alone, a moved checkout, a packed CLI) falls back
// to the modules, which give the same output.
//
// Run after `tsc -b`: node packages/cli/scripts/bundle.js   (part of `pnpm build`, `pnpm test`, `pnpm demo`)
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const cli = fileURLToPath(new URL('..', import.meta.url))
const root = path.resolve(cli, '..', '..')
const out = path.join(cli, 'bundle')
const require = createRequire(import.meta.url)
const esbuild = require('esbuild')

/** Packages loaded at run time from where they are installed: native addons, WebAssembly, optional and rarely used ones. */
const external = new Set(['@node-rs/jieba', 'jieba-wasm', 'libsql', 'pg', 'ajv', 'yaml', 'chardet', 'iconv-lite', '@jiaodui/lsp'])

/** Is `specifier` one of the external packages, or a file inside one? */
function isExternal(specifier) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]
  return external.has(name)
}

/**
 * commander loads `node:child_process` when it is loaded, for executable subcommands, which
 * jiaodui has none of; `node:child_process` brings `net`, `dgram` and their diagnostics channels,
 * about 9 ms of every start-up (bench/startup). In the bundle, commander's `childProcess` is
 * loaded when first used (a getter on the same name); the test of the bundle checks that a check
 * loads no `node:child_process`.
 */
const LAZY_CHILD_PROCESS = [
  "const childProcess = require('node:child_process');",
  "let loadedChildProcess;\nconst childProcess = new Proxy({}, {get: (_, key) => (loadedChildProcess ??= require('node:child_process'))[key]});"
]

/** esbuild plugin: every ES module keeps its own `import.meta.url`; external packages are resolved from the importing module, as Node would. */
const checkoutPaths = {
  name: 'checkout-paths',
  setup(build) {
    build.onLoad({filter: /commander[\\/]lib[\\/]command\.js$/}, (args) => {
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes(LAZY_CHILD_PROCESS[0])) throw new Error(`bundle.js: commander no longer loads child_process as expected (${args.path})`)
      return {contents: source.replace(LAZY_CHILD_PROCESS[0], LAZY_CHILD_PROCESS[1]), loader: 'js'}
    })
    build.onLoad({filter: /\.m?js$/}, (args) => {
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes('import.meta.url')) return undefined
      return {contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'js'}
    })
    build.onResolve({filter: /^[@a-z]/}, (args) => {
      if (!isExternal(args.path) || !args.importer) return undefined
      const resolved = createRequire(args.importer).resolve(args.path)
      // Code run through `vm.Script` cannot `import()` (Node 20 gives it no loader): an
      // `import('libsql')` becomes a bundled one-line module that `require`s the package.
      if (args.kind === 'dynamic-import') return {path: resolved, namespace: 'required-package'}
      return {path: resolved, external: true}
    })
    build.onLoad({filter: /.*/, namespace: 'required-package'}, (args) => ({contents: `module.exports = require(${JSON.stringify(args.path)})`, loader: 'js'}))
    build.onResolve({filter: /.*/, namespace: 'required-package'}, (args) => ({path: args.path, external: true}))
  }
}

const result = await esbuild.build({
  entryPoints: [path.join(cli, 'dist', 'run.js')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: path.join(out, 'run.new.cjs'),
  metafile: true,
  plugins: [checkoutPaths],
  logLevel: 'warning',
  legalComments: 'none',
  // Less to read and hash at start-up; names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true
})

// A dynamic `import()` left in the bundle would fail at run time (see above): refuse to build one.
const code = readFileSync(path.join(out, 'run.new.cjs'), 'utf8')
const dynamic = /\bimport\(\s*["'`]/.exec(code)
if (dynamic) throw new Error(`bundle.js: a dynamic import() is left in the bundle: ${code.slice(dynamic.index, dynamic.index + 120)}`)
// esbuild leaves the hanzi of regular expressions as they are; one of them makes V8 hold the whole
// source as two bytes a character. Written as \u escapes (the same in strings, regular expressions
// with or without the u flag, and identifiers), the file is ASCII, read as one byte a character.
// An escape before a non-ASCII character (`\中`) would change meaning: refuse it.
const escapedBefore = /\\[^\x00-\x7f]/.exec(code)
if (escapedBefore) throw new Error(`bundle.js: a backslash before a non-ASCII character: ${code.slice(escapedBefore.index, escapedBefore.index + 40)}`)
writeFileSync(
  path.join(out, 'run.new.cjs'),
  code.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
)

/** A file's path in the checkout, size and modification time. */
function stamp(file) {
  const stats = statSync(file)
  return [path.relative(root, file), stats.size, stats.mtimeMs]
}
// The checkout's own files one by one; installed packages by pnpm's record of the last install
// (rewritten by every `pnpm install`): about 150 `stat`s at start-up instead of about 400.
const files = Object.keys(result.metafile.inputs)
  // (The one-line modules that require a package are made here, from no file.)
  .filter((input) => !input.startsWith('required-package:'))
  .map((input) => path.resolve(process.cwd(), input))
const inputs = [
  ...files.filter((file) => !file.split(path.sep).includes('node_modules')).sort().map(stamp),
  stamp(path.join(root, 'node_modules', '.modules.yaml'))
]
mkdirSync(out, {recursive: true})
// The code cache of an older bundle must not be offered to the new one (V8 would reject it anyway).
rmSync(path.join(out, 'run.cjs.cache'), {force: true})
renameSync(path.join(out, 'run.new.cjs'), path.join(out, 'run.cjs'))
const bundle = statSync(path.join(out, 'run.cjs'))
writeFileSync(
  path.join(out, 'inputs.json'),
  JSON.stringify({root, bundle: [bundle.size, bundle.mtimeMs], inputs}) + '\n'
)
console.log(`bundle: ${path.relative(root, path.join(out, 'run.cjs'))} from ${files.length} files, ${(bundle.size / 1024).toFixed(0)} KB`)

// V8's code cache holds the functions the run that wrote it compiled, and every later run
// deserialises all of them: written by a run over Markdown and HTML examples (the demo), it made the
// check of one plain-text article about 30 ms slower to start (bench/startup) than one written by
// such a check. So the build writes it now, from the check of one short article (invented here).
const warm = mkdtempSync(path.join(tmpdir(), 'jiaodui-code-cache-'))
try {
  const article = path.join(warm, 'article.txt')
  writeFileSync(
    article,
    '本市今年新增公办幼儿园学位1.2万个\n\n本报讯 截至2024年底，全市共有公办幼儿园320所，其中新建45所，在园幼儿8.6万人，比上年增长4.5%。\n' +
      '市教育局表示，明年将再增加学位3000个，新建幼儿园主要分布在城东和城北。\n'
  )
  const warmed = spawnSync(process.execPath, [path.join(cli, 'bin', 'jiaodui.js'), 'check', '--format', 'json', article], {cwd: warm, encoding: 'utf8'})
  if (warmed.status !== 0 && warmed.status !== 1) console.warn(`bundle: the code cache was not written (the warm-up check exited with ${warmed.status}): ${warmed.stderr.slice(0, 500)}`)
} finally {
  rmSync(warm, {recursive: true, force: true})
}
