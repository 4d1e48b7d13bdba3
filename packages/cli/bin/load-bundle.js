// Loads packages/cli/bundle/run.cjs (made by scripts/bundle.js) when it still matches the
// checkout's files, through `vm.Script` with V8's code cache, so a run neither resolves ~200
// modules nor compiles them again. Returns undefined when there is no bundle or it is stale: the
// caller then imports the modules, which give the same output.
import {readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire, Module} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

const defaultFolder = fileURLToPath(new URL('../bundle/', import.meta.url))

/**
 * The bundle's exports and a function that stores V8's code cache after the run (only when there
 * was none or V8 rejected it, e.g. after a Node upgrade), or undefined.
 * @param {string} [folder] where run.cjs and inputs.json are (tests pass another)
 * @param {string} [root] the checkout the inputs are relative to
 * @returns {{exports: {run(argv: string[]): Promise<number>}, usedCodeCache: boolean, saveCodeCache(): void} | undefined}
 */
export function loadBundle(folder = defaultFolder, root = path.resolve(folder, '..', '..', '..')) {
  const file = path.join(folder, 'run.cjs')
  if (!isFresh(folder, root)) return undefined
  const cacheFile = file + '.cache'
  let cachedData
  try {
    cachedData = readFileSync(cacheFile)
  } catch {}
  // The bundle is ASCII (scripts/bundle.js escapes the rest): read as one byte a character.
  const script = new vm.Script(Module.wrap(readFileSync(file, 'latin1')), {
    filename: file,
    cachedData
  })
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(file), module, file, folder)
  const usedCodeCache = cachedData !== undefined && !script.cachedDataRejected
  // Not held for the run (its 3 MB were part of every run's memory).
  cachedData = undefined
  return {
    exports: module.exports,
    usedCodeCache,
    saveCodeCache() {
      if (usedCodeCache) return
      try {
        // Written whole under another name, then renamed: a run reading it meanwhile sees the old or the new one.
        const temporary = `${cacheFile}.${process.pid}`
        writeFileSync(temporary, script.createCachedData())
        renameSync(temporary, cacheFile)
      } catch {
        // A read-only checkout runs without the cache.
      }
    }
  }
}

/**
 * Does `inputs.json` still describe this checkout: same root, the bundle and every input file unchanged?
 * @param {string} folder
 * @param {string} root
 */
export function isFresh(folder, root) {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(path.join(folder, 'inputs.json'), 'utf8'))
  } catch {
    return false
  }
  if (manifest.root !== root || !same(path.join(folder, 'run.cjs'), manifest.bundle)) return false
  return manifest.inputs.every(([relative, size, mtime]) => same(path.join(root, relative), [size, mtime]))
}

/**
 * Has `file` the size and modification time recorded?
 * @param {string} file
 * @param {[number, number]} recorded
 */
function same(file, [size, mtime]) {
  const stats = statSync(file, {throwIfNoEntry: false})
  return stats !== undefined && stats.size === size && stats.mtimeMs === mtime
}
