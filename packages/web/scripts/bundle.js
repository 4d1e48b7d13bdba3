import {readdirSync, readFileSync, statSync, existsSync, mkdirSync, copyFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath, pathToFileURL} from 'node:url'
import * as esbuild from 'esbuild'
// The claims package's build (tsc -b): the page ships the same compiled dictionary the CLI reads.
import {compiledDictionary} from '../../claims/dist/jieba-node.js'

/** `packages/web`. */
export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where the built page goes. */
export const defaultOutdir = path.join(webRoot, 'dist')

/** The nearest folder above `file` that holds a `package.json`. */
function packageRootOf(file) {
  let folder = path.dirname(file)
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder)
    if (parent === folder) throw new Error(`no package.json above ${file}`)
    folder = parent
  }
  return folder
}

/** Every file under `folder`, as paths relative to it with `/`. */
function filesUnder(folder) {
  if (!existsSync(folder)) return []
  const found = []
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name)
    if (statSync(full).isDirectory()) found.push(...filesUnder(full).map((inner) => `${name}/${inner}`))
    else found.push(name)
  }
  return found
}

/**
 * The source of a stand-in for `node:fs` in one package: `readdirSync` and
 * `readFileSync` over the package's `data/` folder, embedded at build time.
 * Rule packages read their data files with `fs` when a rule is attached
 * (`no-scraped-boilerplate` reads `data/*.yaml`); in the browser the same
 * calls answer from this table, so the packages run unchanged.
 */
function fsShimSource(packageRoot) {
  const dataFolder = path.join(packageRoot, 'data')
  const files = {}
  for (const relative of filesUnder(dataFolder)) {
    files[path.posix.join(dataFolder.split(path.sep).join('/'), relative)] = readFileSync(path.join(dataFolder, relative), 'utf8')
  }
  return `
const files = ${JSON.stringify(files)};
function toPath(target) {
  const text = typeof target === 'string' ? target : String(target.href ?? target);
  return decodeURIComponent(text.replace(/^file:\\/\\//, '')).replace(/\\/$/, '');
}
function missing(target) {
  const error = new Error('ENOENT: not bundled with the web page: ' + toPath(target));
  error.code = 'ENOENT';
  return error;
}
export function readFileSync(target) {
  const key = toPath(target);
  if (!(key in files)) throw missing(target);
  return files[key];
}
export function readdirSync(target) {
  const prefix = toPath(target) + '/';
  const names = new Set();
  for (const key of Object.keys(files)) if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0]);
  if (names.size === 0) throw missing(target);
  return [...names].sort();
}
export function existsSync(target) {
  const key = toPath(target);
  return key in files || Object.keys(files).some((name) => name.startsWith(key + '/'));
}
// Files the page never has (the claims package's Node segmenter looks for its dictionary with them).
export function statSync(target) { throw missing(target); }
export function writeFileSync(target) { throw missing(target); }
export function renameSync(target) { throw missing(target); }
export default {readFileSync, readdirSync, existsSync, statSync, writeFileSync, renameSync};
`
}

const urlShimSource = `
export function fileURLToPath(url) {
  const text = typeof url === 'string' ? url : url.href;
  return decodeURIComponent(text.replace(/^file:\\/\\//, ''));
}
export function pathToFileURL(file) { return new URL('file://' + encodeURI(file)); }
export default {fileURLToPath, pathToFileURL};
`

/**
 * esbuild plugin: the page runs the engine without `node:fs`. `node:fs` is
 * replaced, per importing package, by a table of that package's `data/`
 * files; `node:url` by the two helpers the rules use; and `import.meta.url`
 * in workspace sources by the source file's own `file:` URL, so
 * `new URL('../data/', import.meta.url)` names the same keys as the table.
 * Any other Node built-in fails the build, naming the importer.
 */
/** `node:module` in the page: no require; the claims package then uses the tagger the worker registered. */
const moduleShimSource = `
export function createRequire() {
  return (id) => { throw new Error('require(' + JSON.stringify(id) + ') is not available in a browser') }
}
export default {createRequire};
`

/** `node:worker_threads` in the page: the claims package starts no segmenter worker there (the page has its own Web Worker). */
const workerThreadsShimSource = `
export class Worker {
  constructor() { throw new Error('node:worker_threads is not available in a browser') }
}
export const workerData = undefined;
export default {Worker, workerData};
`

const require = createRequire(import.meta.url)

export const nodeDataPlugin = {
  name: 'jiaodui-node-data',
  setup(build) {
    build.onResolve({filter: /^(node:)?fs$/}, (args) => ({path: packageRootOf(args.importer), namespace: 'jiaodui-fs'}))
    build.onResolve({filter: /^(node:)?url$/}, () => ({path: 'url', namespace: 'jiaodui-url'}))
    // The claims package loads its Node segmenters with createRequire; the page hands it the JavaScript one over the fetched dictionary.
    build.onResolve({filter: /^(node:)?module$/}, () => ({path: 'module', namespace: 'jiaodui-module'}))
    build.onLoad({filter: /.*/, namespace: 'jiaodui-module'}, () => ({contents: moduleShimSource, loader: 'js'}))
    build.onResolve({filter: /^(node:)?worker_threads$/}, () => ({path: 'worker_threads', namespace: 'jiaodui-worker-threads'}))
    build.onLoad({filter: /.*/, namespace: 'jiaodui-worker-threads'}, () => ({contents: workerThreadsShimSource, loader: 'js'}))
    build.onResolve({filter: /^node:/}, (args) => ({
      errors: [{text: `${args.path} imported by ${args.importer} has no browser stand-in (add one in packages/web/scripts/bundle.js)`}]
    }))
    build.onLoad({filter: /.*/, namespace: 'jiaodui-fs'}, (args) => ({contents: fsShimSource(args.path), loader: 'js'}))
    build.onLoad({filter: /.*/, namespace: 'jiaodui-url'}, () => ({contents: urlShimSource, loader: 'js'}))
    build.onLoad({filter: /[/\\](packages|rules)[/\\][^/\\]+[/\\]src[/\\].*\.ts$/}, (args) => {
      // The page's own sources keep import.meta.url: it locates worker.js at run time.
      if (args.path.startsWith(webRoot + path.sep)) return undefined
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes('import.meta.url')) return undefined
      const href = JSON.stringify(pathToFileURL(args.path).href)
      return {contents: source.replaceAll('import.meta.url', href), loader: 'ts'}
    })
  }
}

/**
 * Bundle the page into `outdir`: `index.html`, `style.css`, `main.js` (the
 * page) and `worker.js` (the engine, run in a Web Worker). Returns the
 * esbuild metafile's output sizes in bytes.
 */
export async function buildPage({outdir = defaultOutdir, minify = true} = {}) {
  mkdirSync(outdir, {recursive: true})
  const common = {
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16'],
    minify,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    plugins: [nodeDataPlugin]
  }
  // Workspace packages export their TypeScript sources under `source`; in the
  // worker, `worker` picks the builds that need no DOM (e.g. the character
  // reference decoder of micromark and parse5, whose browser build uses `document`).
  const results = await Promise.all([
    esbuild.build({...common, entryPoints: {main: path.join(webRoot, 'src/main.ts')}, conditions: ['source']}),
    esbuild.build({...common, entryPoints: {worker: path.join(webRoot, 'src/worker.ts')}, conditions: ['source', 'worker']})
  ])
  const outputs = results.flatMap((result) => Object.entries(result.metafile.outputs))
  for (const name of ['index.html', 'style.css']) copyFileSync(path.join(webRoot, 'src', name), path.join(outdir, name))
  // jieba's compiled dictionary, fetched by the worker at start-up (the claim rules segment with it).
  writeFileSync(path.join(outdir, 'jieba-dictionary.bin'), compiledDictionary())
  const sizes = {}
  for (const [file, info] of outputs) sizes[path.basename(file)] = info.bytes
  return sizes
}
