import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import type {ValidateFunction} from 'ajv'
import {run} from '@jiaodui/cli'
import {schemaFormats} from '@jiaodui/lint-rule'

/** Repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** `../shared`, read-only material beside the repository. */
export const shared = path.resolve(root, '..', 'shared')

/** Every corpus text file: seeds and boilerplate-dev. */
export function corpusFiles(): string[] {
  const files: string[] = []
  for (const folder of ['seeds', 'boilerplate-dev']) {
    const dir = path.join(shared, 'corpus', folder)
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) files.push(path.join(dir, name))
    }
  }
  return files
}

/** The example articles in `examples/` (written for the project, with defects on purpose). */
export function exampleFiles(): string[] {
  const dir = path.join(root, 'examples')
  return readdirSync(dir)
    .filter((name) => /\.(txt|md|html)$/.test(name) && name !== 'README.md')
    .sort()
    .map((name) => path.join(dir, name))
}

/** The five seed articles. */
export function seedFiles(): string[] {
  return corpusFiles().filter((file) => file.includes(`${path.sep}seeds${path.sep}`))
}

const validators = new Map<string, ValidateFunction>()

/** A compiled validator for one of `schemas/*.schema.json` (ajv strict mode). */
export function schemaValidator(name: string): ValidateFunction {
  let validate = validators.get(name)
  if (!validate) {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', name), 'utf8')) as object
    validate = new Ajv2020({strict: true, allErrors: true, formats: schemaFormats}).compile(schema)
    validators.set(name, validate)
  }
  return validate
}

/** Assert `value` is valid against a schema; throws with ajv's errors. */
export function assertValid(name: string, value: unknown): void {
  const validate = schemaValidator(name)
  if (!validate(value)) {
    throw new Error(`Invalid against ${name}: ${JSON.stringify(validate.errors, null, 2)}`)
  }
}

/** What one in-process run of the CLI printed and returned. */
export interface CliResult {
  code: number
  stdout: string
  stderr: string
  /** What was written to stdout as bytes (the fixed text of `--stdin --fix`). */
  stdoutBytes: Buffer
}

/** Run the `jiaodui` CLI in process, in `cwd` (the repository by default), with optional stdin and environment. */
export async function runCli(
  argv: string[],
  cwd = root,
  stdin?: Uint8Array | string,
  env: Record<string, string | undefined> = {}
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const bytes: Uint8Array[] = []
  const code = await run(argv, {
    cwd,
    stdout: (text) => {
      if (typeof text === 'string') stdout += text
      else {
        bytes.push(text)
        stdout += Buffer.from(text).toString('utf8')
      }
    },
    stderr: (text) => {
      stderr += text
    },
    readStdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin) : (stdin ?? new Uint8Array())),
    color: false,
    env
  })
  return {code, stdout, stderr, stdoutBytes: Buffer.concat([...bytes])}
}
