import {createRequire} from 'node:module'
import path from 'node:path'
import {FatalError} from './io.js'

/** One staged file: its path in the work tree and the blob in the index. */
export interface StagedBlob {
  /** Absolute work-tree path (where configs and ignore files are looked up). */
  absolute: string
  /** Content of the blob in the index (what the commit will hold). */
  content: Uint8Array
}

/** Git modes that are not file content: symbolic links (the blob is the target) and submodules. */
const notContent = new Set(['120000', '160000'])

/**
 * `node:child_process`, loaded on the first `--staged` run: loading it brings `net`, `dgram` and
 * their diagnostics channels, about 9 ms of every start-up (bench/startup).
 */
function childProcess(): typeof import('node:child_process') {
  return createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')
}

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  try {
    return childProcess().execFileSync('git', args, {cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe']})
  } catch (error) {
    const stderr = error && typeof error === 'object' && 'stderr' in error ? String(error.stderr).trim() : ''
    const missing = error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT'
    throw new FatalError(missing ? '--staged needs git, and git was not found' : `--staged: git ${args[0]} failed${stderr ? `: ${stderr}` : ''}`)
  }
}

/**
 * Parse `git diff --cached --raw -z --no-abbrev` output: records
 * `:old-mode new-mode old-sha new-sha status NUL path NUL` (renames and copies
 * carry a second path, the new one). Returns the new mode, blob and path.
 */
export function parseRawDiff(output: string): Array<{mode: string; blob: string; path: string}> {
  const fields = output.split('\0')
  const entries: Array<{mode: string; blob: string; path: string}> = []
  for (let index = 0; index + 1 < fields.length; ) {
    const [, mode, , blob, status] = fields[index]!.slice(1).split(' ') as [string, string, string, string, string]
    const twoPaths = status.startsWith('R') || status.startsWith('C')
    const file = fields[index + (twoPaths ? 2 : 1)]!
    entries.push({mode, blob, path: file})
    index += twoPaths ? 3 : 2
  }
  return entries
}

/** Split `git cat-file --batch` output (`<sha> blob <size> LF <content> LF`, repeated) into contents. */
function splitBatch(output: Buffer, count: number): Uint8Array[] {
  const contents: Uint8Array[] = []
  let cursor = 0
  for (let index = 0; index < count; index++) {
    const headerEnd = output.indexOf(0x0a, cursor)
    const header = output.subarray(cursor, headerEnd).toString('latin1')
    const size = Number(header.split(' ')[2])
    if (!Number.isInteger(size)) throw new FatalError(`--staged: unexpected answer from git cat-file: ${header}`)
    // A copy, not a view: a view would carry the whole batch buffer to each worker thread.
    contents.push(Uint8Array.prototype.slice.call(output, headerEnd + 1, headerEnd + 1 + size))
    cursor = headerEnd + 1 + size + 1
  }
  return contents
}

/** Parse `git ls-files --stage -z` output (`mode SP blob SP stage TAB path NUL`); merge-conflict stages are left out. */
export function parseStage(output: string): Array<{mode: string; blob: string; path: string}> {
  const entries: Array<{mode: string; blob: string; path: string}> = []
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t')
    if (tab === -1) continue
    const [mode, blob, stage] = record.slice(0, tab).split(' ') as [string, string, string]
    if (stage === '0') entries.push({mode, blob, path: record.slice(tab + 1)})
  }
  return entries
}

/**
 * The staged content (the blob in the index, what a commit records) of the
 * files to check. Without `pathspecs`: the files added, copied, modified or
 * renamed in the index, what the next commit changes. With `pathspecs` (as
 * pre-commit passes them, also under `--all-files`): every file in the index
 * under them, changed or not. Symbolic links and submodules are left out:
 * they hold no article text.
 */
export function stagedBlobs(cwd: string, pathspecs: readonly string[]): StagedBlob[] {
  const top = git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim()
  // Literal pathspecs: a file name with `*` or `[` names that file, not a pattern.
  // Paths come back relative to the top, so they are exact whatever the working folder.
  const specs = ['--', ...pathspecs.map((spec) => path.resolve(cwd, spec))]
  const listed =
    pathspecs.length > 0
      ? parseStage(git(top, ['--literal-pathspecs', 'ls-files', '--stage', '-z', ...specs]).toString('utf8'))
      : parseRawDiff(git(top, ['-c', 'core.quotePath=false', 'diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=ACMR', ...specs]).toString('utf8'))
  const entries = listed.filter((entry) => !notContent.has(entry.mode))
  if (entries.length === 0) return []
  const contents = splitBatch(git(top, ['cat-file', '--batch'], entries.map((entry) => entry.blob).join('\n') + '\n'), entries.length)
  return entries.map((entry, index) => ({absolute: path.join(top, ...entry.path.split('/')), content: contents[index]!}))
}
