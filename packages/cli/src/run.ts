import {Command, CommanderError} from 'commander'
import {ConfigError} from './config.js'
import {exitCodes, FatalError, type Io} from './io.js'
import {version} from './version.js'

type Register = (program: Command, io: Io, setExit: (code: number) => void) => void

/**
 * The commands, in help order, each loaded only when needed: a command's
 * module pulls in the rules and their data, which costs several times Node's
 * own start-up, so `jiaodui rules` does not load what `check` needs and back.
 */
const commands: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['check', async () => (await import('./commands/check.js')).registerCheck],
  ['rules', async () => (await import('./commands/rules.js')).registerRules],
  ['numbers', async () => (await import('./commands/numbers.js')).registerNumbers],
  ['claims', async () => (await import('./commands/claims.js')).registerClaims],
  ['index', async () => (await import('./commands/index-command.js')).registerIndex],
  ['lsp', async () => (await import('./commands/lsp.js')).registerLsp]
]

/**
 * Build the `jiaodui` program; each command registers itself. With `argv`
 * naming a command, only that command is loaded (help and unknown commands
 * load them all).
 */
export async function createProgram(io: Io, setExit: (code: number) => void, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('jiaodui')
    .description('校对 jiaodui: check Chinese news text before it is published')
    .version(version, '-v, --version')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text)
    })
  const named = commands.filter(([name]) => name === argv[0])
  for (const [, load] of named.length > 0 ? named : commands) (await load())(program, io, setExit)
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text)
    })
  }
  return program
}

/** Complete an `Io` with process defaults. */
export function processIo(overrides: Partial<Io> = {}): Io {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    async readStdin() {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    stderrIsTerminal: Boolean(process.stderr.isTTY),
    env: process.env,
    ...overrides
  }
}

/**
 * Run the CLI with `argv` (without `node` and the script) and return the exit
 * code: 0 clean, 1 findings, 2 fatal. Never exits the process.
 */
export async function run(argv: readonly string[], overrides: Partial<Io> = {}): Promise<number> {
  const io = processIo(overrides)
  let code: number = exitCodes.clean
  const program = await createProgram(
    io,
    (value) => {
      code = value
    },
    argv
  )
  if (argv.length === 0) {
    // A bare `jiaodui` asks what the tool does: help on stdout, not a usage error.
    io.stdout(program.helpInformation())
    return exitCodes.clean
  }
  try {
    await program.parseAsync([...argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; usage errors are fatal.
      return error.exitCode === 0 ? exitCodes.clean : exitCodes.fatal
    }
    if (error instanceof ConfigError || error instanceof FatalError) {
      io.stderr(`jiaodui: ${error.message.split('\n').join('\njiaodui: ')}\n`)
      return exitCodes.fatal
    }
    io.stderr(`jiaodui: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return exitCodes.fatal
  }
  return code
}
