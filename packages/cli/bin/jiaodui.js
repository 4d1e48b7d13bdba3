#!/usr/bin/env node
// The only place that touches the process's exit code and signals.
import {run} from '../dist/index.js'

process.on('SIGINT', () => process.exit(130))
process.exitCode = await run(process.argv.slice(2))
