import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import ignoreFactory, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
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
  const found = new Set<string>()
  const unmatched: string[] = []
  const ignored: string[] = []
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg)
    const stats = statOrUndefined(absolute)
    if (stats?.isFile()) {
      if (matcher.ignores(absolute)) ignored.push(absolute)
      else found.add(absolute)
      continue
    }
    let matches: string[]
    if (stats?.isDirectory()) {
      matches = await glob(`**/*.{${checkedExtensions.join(',')}}`, {
        cwd: absolute,
        absolute: true,
        dot: false,
        ignore: alwaysIgnored
      })
    } else if (isDynamicPattern(arg)) {
      matches = await glob(arg, {cwd, absolute: true, dot: false, ignore: alwaysIgnored})
      matches = matches.filter((file) => formatFromPath(file) !== undefined)
    } else {
      unmatched.push(arg)
      continue
    }
    let kept = 0
    for (const match of matches) {
      const file = path.resolve(match)
      if (matcher.ignores(file)) continue
      found.add(file)
      kept++
    }
    if (kept === 0) unmatched.push(arg)
  }
  return {files: [...found].sort(), unmatched, ignored}
}

function statOrUndefined(file: string) {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}
