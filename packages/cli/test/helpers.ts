import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {run} from '../src/index.js'
import type {Io} from '../src/io.js'

/** Repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** What one in-process run of the CLI printed and returned. */
export interface Captured {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI in process in `cwd`; `io` overrides parts of the captured Io (e.g. a terminal on stderr). */
export async function capture(argv: string[], cwd: string, io: Partial<Io> & {stderrIsTerminal?: boolean} = {}): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    cwd,
    stdout: (text) => {
      stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')
    },
    stderr: (text) => {
      stderr += text
    },
    readStdin: async () => new Uint8Array(),
    color: false,
    env: {},
    ...io
  })
  return {code, stdout, stderr}
}
