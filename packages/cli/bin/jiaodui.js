#!/usr/bin/env node
// The only place that touches the process's exit code and signals.
import {run} from '../dist/index.js'

process.on('SIGINT', () => process.exit(130))
// A reader that stops early (`jiaodui check … | head -1`) closes the pipe: stop quietly, as other tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}
process.exitCode = await run(process.argv.slice(2))
