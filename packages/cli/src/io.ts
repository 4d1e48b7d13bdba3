/** What the CLI touches of the outside world, so tests can drive it in process. */
export interface Io {
  cwd: string
  stdout(text: string | Uint8Array): void
  stderr(text: string): void
  /** Read all of standard input. */
  readStdin(): Promise<Uint8Array>
  /** Whether stdout is a colour terminal. */
  color: boolean
  /** Whether standard error is a terminal (progress lines are drawn only there). */
  stderrIsTerminal?: boolean
  /** Environment variables (for `NO_COLOR` and the like). */
  env: Record<string, string | undefined>
}

/** An error that ends the run with exit code 2 and a message on stderr. */
export class FatalError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FatalError'
  }
}

/** Exit codes: 0 clean, 1 findings, 2 fatal. */
export const exitCodes = {clean: 0, findings: 1, fatal: 2} as const

/**
 * A whole number of at least `min` from the environment variable `name` (tuning knobs such as
 * `JIAODUI_SECTION_SIZE`); undefined when unset or empty; otherwise a fatal error naming the variable
 * (exit code 2, no stack trace: a bad value is bad input).
 */
export function wholeNumberFromEnvironment(env: Io['env'], name: string, min: number, what: string): number | undefined {
  const value = env[name]
  if (value === undefined || value === '') return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new FatalError(`${name} must be a whole number of ${what}, not \`${value}\``)
  return number
}
