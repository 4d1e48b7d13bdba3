import path from 'node:path'
import {createEngine, FileSet, type Engine} from '@jiaodui/core'
import {RuleOptionsError, type AnyRule} from '@jiaodui/lint-rule'
import {ConfigError, ConfigLoader, type LoadedConfig} from './config.js'
import {wholeNumberFromEnvironment} from './io.js'

/**
 * The configs and engines of one run: which config applies to a path (the
 * `--config` file, else the nearest one), and one engine per config file,
 * created once. Every engine registers its corpus completers on the run's
 * one file set; the engine of the working folder's config is made first, so
 * its settings decide the corpus phase.
 */
export class RunConfigs {
  readonly loader: ConfigLoader
  /** The `--config` file, when given: it applies to every path. */
  readonly explicit: LoadedConfig | undefined
  /** The config of the working folder (or `--config`). */
  readonly root: LoadedConfig
  readonly fileSet = new FileSet()
  private readonly engines = new Map<string, Engine>()

  private readonly withOverrides = new Map<LoadedConfig, LoadedConfig>()
  /**
   * `file.data` keys read after the check besides the rules' own (`claims` when the index step
   * runs): rules that are off still run for them. Set before the first engine is made.
   */
  keepData: readonly string[] = []
  /** The environment the engines read their tuning variables from (the run's `Io`; tests drive it in process). */
  env: Record<string, string | undefined> = process.env

  /**
   * `settings` from the command line (`--region`) override the same settings
   * of every config file.
   */
  constructor(
    readonly rules: readonly AnyRule[],
    cwd: string,
    configPath?: string,
    readonly settings: Record<string, unknown> = {}
  ) {
    this.loader = new ConfigLoader(rules)
    this.explicit = configPath === undefined ? undefined : this.override(this.loader.load(path.resolve(cwd, configPath)))
    this.root = this.explicit ?? this.override(this.loader.forFolder(cwd))
  }

  /** The config that applies to a file (`undefined` = standard input: the root config). */
  configFor(absolute: string | undefined): LoadedConfig {
    return this.explicit ?? (absolute ? this.override(this.loader.nearest(absolute)) : this.root)
  }

  /** A loaded config with the command line's settings on top (one object per config, so engines are shared). */
  private override(loaded: LoadedConfig): LoadedConfig {
    if (Object.keys(this.settings).length === 0) return loaded
    let result = this.withOverrides.get(loaded)
    if (!result) {
      result = {path: loaded.path, config: {...loaded.config, settings: {...loaded.config.settings, ...this.settings}}}
      this.withOverrides.set(loaded, result)
    }
    return result
  }

  /** The engine of the working folder's config: it runs the corpus phase. */
  rootEngine(): Engine {
    return this.engineFor(this.root)
  }

  /** The engine for a loaded config; bad rule options become a `ConfigError` with its pointer. */
  engineFor(loaded: LoadedConfig): Engine {
    const key = loaded.path ?? ''
    let engine = this.engines.get(key)
    if (engine) return engine
    if (this.engines.size === 0 && loaded !== this.root) this.rootEngine()
    try {
      // JIAODUI_SECTION_SIZE: characters of plain text checked as one section, for benchmarks comparing section sizes.
      engine = createEngine(this.rules, loaded.config, {fileSet: this.fileSet, sectionSize: wholeNumberFromEnvironment(this.env, 'JIAODUI_SECTION_SIZE', 1, 'characters'), keepData: this.keepData})
    } catch (error) {
      if (!(error instanceof RuleOptionsError)) throw error
      throw new ConfigError(
        loaded.path ?? 'default config',
        error.errors.map((problem) => ({pointer: `/rules/${error.ruleId}/options${problem.pointer}`, message: problem.message}))
      )
    }
    this.engines.set(key, engine)
    return engine
  }

  /** The engine for a config file by path (worker threads get paths, not loaded configs). */
  engineForPath(configPath: string | undefined): Engine {
    return this.engineFor(this.override(configPath === undefined ? {path: undefined, config: {}} : this.loader.load(configPath)))
  }
}
