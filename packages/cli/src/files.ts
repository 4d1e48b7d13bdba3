import {readFileSync, realpathSync, statSync, type Stats} from 'node:fs'
import path from 'node:path'
import ignoreFactory, {type Ignore} from 'ignore'
import {createRequire} from 'node:module'
import {formatFromPath} from '@jiaodui/core'

/** Extensions `jiaodui check` looks at when it walks a folder. */
export const checkedExtensions = ['txt', 'text', 'md', 'markdown', 'html', 'htm'] as const

/** Names of ignore files, read in every folder from the working directory down. */
export const ignoreFileNames = ['.gitignore', '.jiaoduiignore'] as const

/** Folders never walked into. */
const alwaysIgnored = ['**/node_modules/**', '**/.git/**']

/** Result of expanding the command line's paths and globs. */
export interface Expanded {
  /** Absolute paths, sorted, without duplicates. */
  files: string[]
  /** Arguments that matched nothing (after ignores): a fatal error for the run. */
  unmatched: string[]
  /** Files named explicitly but ignored by an ignore file (reported, not checked). */
  ignored: string[]
  /** Paths that are not regular files (FIFOs, devices, also behind a symlink), with what they are: never read. */
  skipped: Array<{path: string; reason: string}>
}

/** What a path that is not a regular file or folder is, for messages. */
export function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'not a regular file'
}

/**
 * Decides whether a path is ignored, with `.gitignore` semantics: each folder's
 * ignore files apply to the paths below it. Paths outside `root` are never ignored.
 */
export class IgnoreMatcher {
  private readonly root: string
  private readonly perFolder = new Map<string, Ignore | undefined>()
  private readonly extra: Ignore | undefined

  constructor(root: string, extraPatterns: readonly string[] = []) {
    this.root = path.resolve(root)
    this.extra = extraPatterns.length > 0 ? ignoreFactory().add([...extraPatterns]) : undefined
  }

  /** Whether `file` (absolute) is ignored. */
  ignores(file: string, isDirectory = false): boolean {
    const relative = path.relative(this.root, file)
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false
    const parts = relative.split(path.sep)
    if (parts.includes('node_modules') || parts.includes('.git')) return true
    const slashed = parts.join('/') + (isDirectory ? '/' : '')
    if (this.extra?.ignores(slashed)) return true
    // Each folder's rules see the path relative to that folder (`ignore` also
    // matches the path's parent folders, so `drafts/` hides `drafts/a.txt`).
    let folder = this.root
    for (let index = 0; index < parts.length; index++) {
      if (this.rulesFor(folder)?.ignores(parts.slice(index).join('/') + (isDirectory ? '/' : ''))) return true
      folder = path.join(folder, parts[index]!)
    }
    return false
  }

  private rulesFor(folder: string): Ignore | undefined {
    if (this.perFolder.has(folder)) return this.perFolder.get(folder)
    let rules: Ignore | undefined
    for (const name of ignoreFileNames) {
      let text: string
      try {
        text = readFileSync(path.join(folder, name), 'utf8')
      } catch {
        continue
      }
      rules ??= ignoreFactory()
      rules.add(text)
    }
    this.perFolder.set(folder, rules)
    return rules
  }
}

/**
 * Expand paths, folders (walked for checked extensions) and globs into files,
 * dropping ignored ones.
 */
export async function expandPaths(
  args: readonly string[],
  cwd: string,
  matcher: IgnoreMatcher
): Promise<Expanded> {
  const found = new Map<string, string>()
  const unmatched: string[] = []
  const ignored: string[] = []
  const skipped: Array<{path: string; reason: string}> = []
  // One entry per file on disk: a symlink to a file or folder already seen adds nothing.
  const add = (file: string): boolean => {
    const stats = statOrUndefined(file)
    if (!stats) return false
    if (!stats.isFile()) {
      skipped.push({path: file, reason: `is ${kindOf(stats)}, not checked`})
      return false
    }
    const real = realpathOrSelf(file)
    if (!found.has(real)) found.set(real, file)
    return true
  }
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg)
    const stats = statOrUndefined(absolute)
    if (stats && !stats.isFile() && !stats.isDirectory()) {
      skipped.push({path: absolute, reason: `is ${kindOf(stats)}, not a file jiaodui can check`})
      continue
    }
    if (stats?.isFile()) {
      if (matcher.ignores(absolute)) ignored.push(absolute)
      else add(absolute)
      continue
    }
    let matches: string[]
    if (stats?.isDirectory()) {
      matches = await globber().glob(`**/*.{${checkedExtensions.join(',')}}`, {
        cwd: absolute,
        absolute: true,
        dot: false,
        ignore: alwaysIgnored
      })
    } else if (globber().isDynamicPattern(arg)) {
      matches = await globber().glob(arg, {cwd, absolute: true, dot: false, ignore: alwaysIgnored})
      matches = matches.filter((file) => formatFromPath(file) !== undefined)
    } else {
      unmatched.push(arg)
      continue
    }
    let kept = 0
    for (const match of matches) {
      const file = path.resolve(match)
      if (matcher.ignores(file)) continue
      if (add(file)) kept++
    }
    if (kept === 0 && !skipped.some((entry) => entry.path.startsWith(absolute))) unmatched.push(arg)
  }
  return {files: [...new Set(found.values())].sort(), unmatched, ignored, skipped}
}

let tinyglobby: typeof import('tinyglobby') | undefined

/**
 * tinyglobby (and picomatch), loaded for the first folder or glob: a check of files named on the
 * command line (an editor, a pre-commit hook) needs neither, and loading them took about 8 ms of
 * its start-up (bench/startup).
 */
function globber(): typeof import('tinyglobby') {
  return (tinyglobby ??= createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby'))
}

function realpathOrSelf(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return file
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}
