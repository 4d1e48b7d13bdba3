import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Command} from 'commander'
import type {AnyRule} from '@jiaodui/lint-rule'
import type {ArchiveCheck, Project, ProjectFactory} from '@jiaodui/lsp'
import type {IndexSettings} from '@jiaodui/claim-index'
import {rules as presetRules} from '@jiaodui/preset'
import {ConfigLoader, configNames} from '../config.js'
import {IgnoreMatcher} from '../files.js'
import {FatalError, type Io} from '../io.js'
import {version} from '../version.js'

/** Options of `jiaodui lsp`, as commander parses them. */
export interface LspOptions {
  stdio?: boolean
  maxFileSize: number
  debounce: number
  /** `true` for a bare `--index` (the default location), else the location given. */
  index?: string | boolean
}

/** Register `jiaodui lsp` on the program. */
export function registerLsp(program: Command, io: Io, _setExit: (code: number) => void): void {
  program
    .command('lsp')
    .description('serve findings and fixes to an editor (Language Server Protocol)')
    .option('--stdio', 'talk over standard input and output (the only transport; editors pass it)')
    .option('--max-file-size <MB>', 'largest document to check, in megabytes', parseMegabytes, 16)
    .option('--debounce <ms>', 'quiet time after a change before checking, in milliseconds', parseMilliseconds, 50)
    .option('--index [path|url]', 'check articles against the claim index as they are written (default: settings.index, .jiaodui/claims.db beside the config)')
    // vscode-languageserver reads this one itself (it exits when the editor process is gone).
    .option('--clientProcessId <pid>', 'process id of the editor (passed by some editors)')
    .action(async (options: LspOptions) => {
      // Loaded here, not at start-up: `jiaodui check` never pays for the language server.
      const {serveStdio} = await import('@jiaodui/lsp')
      serveStdio({
        rules: presetRules,
        createProject: cliProject(presetRules),
        maxBytes: Math.round(options.maxFileSize * 1e6),
        debounceMs: options.debounce,
        version,
        archive: indexArchive(options.index, io)
      })
      // The server ends the process on `exit` or when the editor closes the stream.
      await new Promise(() => {})
    })
}

/**
 * The project as `jiaodui check` sees it: the nearest config file (same
 * loader, same validation) and the ignore files and `ignorePatterns` of each
 * workspace folder.
 */
export function cliProject(rules: readonly AnyRule[] = presetRules): ProjectFactory {
  return (roots) => {
    const loader = new ConfigLoader(rules)
    const matchers = roots.map((root) => ({root, matcher: new IgnoreMatcher(root, ignorePatternsAt(loader, root))}))
    const project: Project = {
      configFor(file) {
        const loaded = loader.nearest(file)
        return {path: loaded.path, config: loaded.config}
      },
      configFileFor(file) {
        return nearestConfigFile(path.dirname(file))
      },
      ignores(file) {
        const holding = matchers
          .filter(({root}) => !path.relative(root, file).startsWith('..'))
          .sort((a, b) => b.root.length - a.root.length)[0]
        return holding?.matcher.ignores(file) ?? false
      }
    }
    return project
  }
}

/** `ignorePatterns` of the config at a workspace folder; an invalid config is reported per document instead. */
function ignorePatternsAt(loader: ConfigLoader, root: string): string[] {
  try {
    return loader.nearest(path.join(root, 'untitled')).config.ignorePatterns ?? []
  } catch {
    return []
  }
}

/**
 * The config file `ConfigLoader.nearest` would load for a file in `folder`,
 * without validating it (the allow-list is written even into a config that
 * does not validate yet).
 */
function nearestConfigFile(folder: string): string | undefined {
  for (;;) {
    for (const name of configNames) {
      const candidate = path.join(folder, name)
      if (!isFile(candidate)) continue
      if (name !== 'package.json' || hasJiaoduiField(candidate)) return candidate
    }
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

function hasJiaoduiField(packageJson: string): boolean {
  try {
    const value: unknown = JSON.parse(readFileSync(packageJson, 'utf8'))
    return typeof value === 'object' && value !== null && 'jiaodui' in value
  } catch {
    return false
  }
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile()
  } catch {
    return false
  }
}

function parseMegabytes(value: string): number {
  const size = Number(value)
  if (!Number.isFinite(size) || size <= 0) {
    throw new FatalError(`--max-file-size expects a size in megabytes, not \`${value}\``)
  }
  return size
}

function parseMilliseconds(value: string): number {
  const ms = Number(value)
  if (!Number.isInteger(ms) || ms < 0) {
    throw new FatalError(`--debounce expects a whole number of milliseconds ≥ 0, not \`${value}\``)
  }
  return ms
}

/**
 * The claim index as the language server's archive: after the cross-article
 * phase of the open documents, their claims are compared with the index the
 * config (or `--index`) names, read only. Used when `--index` is given or the
 * config says `settings.index.check`; an index that cannot be opened is
 * reported once on stderr (the editor's log), never a crash.
 */
export function indexArchive(flag: string | boolean | undefined, io: Pick<Io, 'cwd' | 'env' | 'stderr'>, rules: readonly AnyRule[] = presetRules): ArchiveCheck {
  const loader = new ConfigLoader(rules)
  const reported = new Set<string>()
  return {
    async checkAgainstArchive(files) {
      const first = files.find((file) => file.path)
      const loaded = first?.path ? loader.nearest(path.resolve(io.cwd, first.path)) : loader.forFolder(io.cwd)
      const settings = loaded.config.settings?.['index'] as IndexSettings | undefined
      if (flag === undefined && !settings?.check) return
      const {checkAgainstIndex, otherKeyVersionWarning, resolveIndexLocation, withIndex} = await import('@jiaodui/claim-index')
      const location = resolveIndexLocation({flag: typeof flag === 'string' ? flag : undefined, env: io.env, settings, configPath: loaded.path, cwd: io.cwd})
      const rule = loaded.config.rules?.['consistent-numeric-claims']
      try {
        const result = await withIndex(location, {create: false, busyTimeout: settings?.busyTimeout ?? 5000}, (store) =>
          checkAgainstIndex(store, files, {update: false, ...(rule !== undefined ? {rule: rule as never} : {})})
        )
        // Once per server, like an error: the editor's log, not a diagnostic in every article.
        const warning = result.otherKeyVersion > 0 ? otherKeyVersionWarning(location.backend === 'postgres' ? new URL(location.url).host : location.file, result.otherKeyVersion) : ''
        if (warning && !reported.has('key-version')) io.stderr(warning.replace(/^jiaodui:/, 'jiaodui lsp:'))
        if (warning) reported.add('key-version')
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error)
        if (!reported.has(text)) io.stderr(`jiaodui lsp: claim index not used: ${text}\n`)
        reported.add(text)
      }
    }
  }
}
