import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Command} from 'commander'
import type {AnyRule} from '@jiaodui/lint-rule'
import type {Project, ProjectFactory} from '@jiaodui/lsp'
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
}

/** Register `jiaodui lsp` on the program. */
export function registerLsp(program: Command, _io: Io, _setExit: (code: number) => void): void {
  program
    .command('lsp')
    .description('serve findings and fixes to an editor (Language Server Protocol)')
    .option('--stdio', 'talk over standard input and output (the only transport; editors pass it)')
    .option('--max-file-size <MB>', 'largest document to check, in megabytes', parseMegabytes, 16)
    .option('--debounce <ms>', 'quiet time after a change before checking, in milliseconds', parseMilliseconds, 50)
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
        version
        // To do: `archive` — the claim index (`--index`) when the claim-index package exists.
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
