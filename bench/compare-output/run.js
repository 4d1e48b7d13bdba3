// Compare `jiaodui check --format json` of this build with reports saved from
// another build (issue 10: output byte-identical apart from deliberate changes).
//   node bench/compare-output/run.js --before /tmp/before [--write /tmp/after]
// The folders: examples/ and ../shared/corpus/{seeds,boilerplate-dev} and
// ../shared/corpus/realtext-dev/{mainland,hongkong,taiwan,raw-pages}; each report
// is <name>.json in --before. Prints, per folder and rule, messages before/after,
// added and removed (by path, offsets and reason).
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const {values} = parseArgs({options: {before: {type: 'string'}, write: {type: 'string'}}})
if (!values.before) throw new Error('--before <folder of saved reports> is required')
const shared = path.resolve(root, '..', 'shared', 'corpus')
const folders = [
  ['examples', root, 'examples/'],
  ['seeds', shared, 'seeds'],
  ['boilerplate-dev', shared, 'boilerplate-dev'],
  ['mainland', path.join(shared, 'realtext-dev'), 'mainland'],
  ['hongkong', path.join(shared, 'realtext-dev'), 'hongkong'],
  ['taiwan', path.join(shared, 'realtext-dev'), 'taiwan'],
  ['raw-pages', path.join(shared, 'realtext-dev'), 'raw-pages']
]
const cli = path.join(root, 'packages', 'cli', 'bin', 'jiaodui.js')
const key = (file, m) => `${file.path}@${m.place.start.offset}-${m.place.end.offset} ${m.ruleId}: ${m.reason}`
let identical = 0
for (const [name, cwd, arg] of folders) {
  const before = readFileSync(path.join(values.before, `${name}.json`), 'utf8')
  let after
  try {
    after = execFileSync('node', [cli, 'check', '--format', 'json', arg], {cwd, maxBuffer: 1 << 30, encoding: 'utf8'})
  } catch (error) {
    after = error.stdout
  }
  if (values.write) {
    mkdirSync(values.write, {recursive: true})
    writeFileSync(path.join(values.write, `${name}.json`), after)
  }
  if (before === after) {
    identical++
    console.log(`${name}: byte-identical`)
    continue
  }
  const sets = [before, after].map((text) => {
    const byRule = new Map()
    for (const file of JSON.parse(text).files) {
      for (const message of file.messages) {
        const rule = message.ruleId
        if (!byRule.has(rule)) byRule.set(rule, new Set())
        byRule.get(rule).add(key(file, message))
      }
    }
    return byRule
  })
  const rows = []
  for (const rule of new Set([...sets[0].keys(), ...sets[1].keys()])) {
    const old = sets[0].get(rule) ?? new Set()
    const now = sets[1].get(rule) ?? new Set()
    const added = [...now].filter((item) => !old.has(item)).length
    const removed = [...old].filter((item) => !now.has(item)).length
    rows.push({rule, before: old.size, after: now.size, added, removed})
  }
  console.log(`${name}: differs`)
  console.table(rows.sort((a, b) => a.rule.localeCompare(b.rule)))
}
console.log(`${identical} of ${folders.length} folders byte-identical`)
