#!/usr/bin/env node
// The only place that touches the process's exit code and signals.
import {readFileSync} from 'node:fs'
import {loadBundle} from './load-bundle.js'

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before anything is loaded: loading the CLI costs several times Node's own start.
  const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  process.stdout.write(`${version}\n`)
} else {
  // (V8 flags are not changed at run time: `v8.setFlagsFromString('--no-regexp-tier-up')` saved
  // about 50 ms of regex compiling, but Node documents run-time flag changes as able to crash the
  // process, and two runs out of several hundred died with SIGSEGV at start-up while it was set.)
  // The one-file bundle of a checkout when it is fresh (scripts/bundle.js), else the modules. The
  // language server runs for hours and loads an ES package the bundle cannot: it uses the modules.
  const bundle = process.env.JIAODUI_BUNDLE === '0' || argv[0] === 'lsp' ? undefined : loadBundle()
  const {run} = bundle ? bundle.exports : await import('../dist/run.js')
  process.on('SIGINT', () => process.exit(130))
  // A reader that stops early (`jiaodui check … | head -1`) closes the pipe: stop quietly, as other tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw error
    })
  }
  process.exitCode = await run(argv)
  bundle?.saveCodeCache()
}
