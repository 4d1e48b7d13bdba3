// Writes data/patterns.compiled.json: the pattern data parsed, validated against its schema and
// checked for catastrophic backtracking, so the rule does none of it at start-up. Run after
// `tsc -b` and after editing data/*.yaml:  node rules/no-scraped-boilerplate/scripts/compile-patterns.js
// (test/patterns.test.ts fails while the file is stale; the rule then still works, parsing the YAML).
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildCompiledPatterns} from '../dist/check-data.js'
import {compiledFileName, defaultDataDirectory} from '../dist/patterns.js'

const output = new URL(compiledFileName, defaultDataDirectory)
writeFileSync(output, buildCompiledPatterns(defaultDataDirectory))
process.stderr.write(`wrote ${fileURLToPath(output)}\n`)
