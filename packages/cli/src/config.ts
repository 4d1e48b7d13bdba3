import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {ValidateFunction} from 'ajv'
import {formatAjvErrors, schemaFormats, type AnyRule, type JsonSchema} from '@jiaodui/lint-rule'
import type {ResolvedConfig} from '@jiaodui/core'
import {buildConfigSchema} from './schema.js'

// ajv and yaml are required only when a config file is found: most runs have
// none, and loading them is a noticeable part of start-up. `require` keeps the
// loader synchronous (its callers are).
const require = createRequire(import.meta.url)
type Ajv2020Module = typeof import('ajv/dist/2020.js')
type YamlModule = typeof import('yaml')

/** Config file names, in the order they are looked for within one folder. */
export const configNames = ['.jiaoduirc.json', '.jiaoduirc.yaml', '.jiaoduirc.yml', 'package.json'] as const

/** A config as written in a file, after validation. */
export interface ConfigFile extends ResolvedConfig {
  ignorePatterns?: string[] | undefined
}

/** A config found on disk. */
export interface LoadedConfig {
  /** Absolute path of the file, or `undefined` for the built-in default. */
  path: string | undefined
  config: ConfigFile
}

/** A config that cannot be used: unreadable, unparsable or invalid. */
export class ConfigError extends Error {
  readonly file: string
  readonly problems: Array<{pointer: string; message: string}>
  constructor(file: string, problems: Array<{pointer: string; message: string}>) {
    super(
      problems
        .map((problem) => `${file}: ${problem.pointer ? problem.pointer + ' ' : ''}${problem.message}`)
        .join('\n')
    )
    this.name = 'ConfigError'
    this.file = file
    this.problems = problems
  }
}

/** Validates configs against the schema built from the available rules. */
export class ConfigLoader {
  private built: JsonSchema | undefined
  private validate: ValidateFunction | undefined
  private readonly byFolder = new Map<string, LoadedConfig>()

  constructor(private readonly rules: readonly AnyRule[]) {}

  /**
   * The config schema, built on first use: most runs find no config file, and building it
   * sorts the rule ids with `localeCompare`, whose first call loads ICU's collation data.
   */
  get schema(): JsonSchema {
    this.built ??= buildConfigSchema(this.rules)
    return this.built
  }

  /** Validate a config object; throws `ConfigError` naming `file` and each JSON pointer. */
  check(value: unknown, file: string): ConfigFile {
    // Compiled on first use: most runs find no config file, and compiling costs
    // a noticeable part of start-up (paid again by every worker thread).
    this.validate ??= generatedValidator(this.schema) ?? compileConfigSchema(this.schema)
    if (!this.validate(value)) {
      throw new ConfigError(file, formatAjvErrors(this.validate.errors))
    }
    return value as ConfigFile
  }

  /** Load one config file (`--config`); the format follows the name. */
  load(file: string): LoadedConfig {
    const absolute = path.resolve(file)
    let text: string
    try {
      text = readFileSync(absolute, 'utf8')
    } catch (error) {
      throw new ConfigError(file, [{pointer: '', message: `cannot be read (${describe(error)})`}])
    }
    let value: unknown
    if (/\.ya?ml$/i.test(absolute)) {
      value = parseYamlConfig(text, file)
    } else {
      value = parseJsonConfig(text, file)
      if (path.basename(absolute) === 'package.json') {
        value = (value as Record<string, unknown> | null)?.['jiaodui'] ?? {}
      }
    }
    return {path: absolute, config: this.check(value, file)}
  }

  /**
   * The config for a file: the nearest config file in its folder or above
   * (nearest wins, no merging), or the defaults.
   */
  nearest(filePath: string): LoadedConfig {
    return this.forFolder(path.dirname(path.resolve(filePath)))
  }

  /** The config that applies inside `folder`: its own, else the nearest above it. */
  forFolder(folder: string): LoadedConfig {
    folder = path.resolve(folder)
    const cached = this.byFolder.get(folder)
    if (cached) return cached
    let found: LoadedConfig | undefined
    for (const name of configNames) {
      const candidate = path.join(folder, name)
      if (!isFile(candidate)) continue
      if (name === 'package.json') {
        const pkg = parseJsonConfig(readFileSync(candidate, 'utf8'), candidate) as Record<string, unknown> | null
        if (!pkg || typeof pkg !== 'object' || !('jiaodui' in pkg)) continue
      }
      found = this.load(candidate)
      break
    }
    if (!found) {
      const parent = path.dirname(folder)
      found = parent === folder ? {path: undefined, config: {}} : this.forFolder(parent)
    }
    this.byFolder.set(folder, found)
    return found
  }
}

/**
 * The validator generated at build time (generated/config-validator.cjs, ajv standalone code) when
 * it was made from this very schema; `undefined` when it is missing or stale (rules changed since).
 */
function generatedValidator(schema: JsonSchema): ValidateFunction | undefined {
  let generated: ((formats: typeof schemaFormats) => ValidateFunction) & {schemaHash?: string}
  try {
    generated = require('../generated/config-validator.cjs') as typeof generated
  } catch {
    return undefined
  }
  const {createHash} = require('node:crypto') as typeof import('node:crypto')
  const hash = createHash('sha256').update(JSON.stringify(schema)).digest('hex')
  return generated.schemaHash === hash ? generated(schemaFormats) : undefined
}

function compileConfigSchema(schema: JsonSchema): ValidateFunction {
  const {Ajv2020} = require('ajv/dist/2020.js') as Ajv2020Module
  return new Ajv2020({strict: true, allErrors: true, formats: schemaFormats}).compile(schema)
}

function parseJsonConfig(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ConfigError(file, [{pointer: '', message: `is not valid JSON (${describe(error)})`}])
  }
}

function parseYamlConfig(text: string, file: string): unknown {
  const {parse: parseYaml, YAMLParseError} = require('yaml') as YamlModule
  try {
    return parseYaml(text, {prettyErrors: true}) ?? {}
  } catch (error) {
    const where =
      error instanceof YAMLParseError && error.linePos
        ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}`
        : ''
    throw new ConfigError(file, [
      {pointer: '', message: `is not valid YAML${where} (${describe(error).split('\n')[0]})`}
    ])
  }
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile()
  } catch {
    return false
  }
}

/** Short description of a thrown value. */
export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const message = (error as unknown as Error).message
    // Node's system errors already start with their code (`EACCES: permission denied, open …`).
    return message.startsWith(error.code) ? message : `${error.code}: ${message}`
  }
  return error instanceof Error ? error.message : String(error)
}
