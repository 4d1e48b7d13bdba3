// Linearity of the boilerplate classifier: half of the 5 MB seed corpus, then all
// of it (run after `npx tsc -b`). Also times an accepted pattern on hostile
// input. Prints times and ratios; it asserts nothing (the test suite never times).
import {classify} from '../../rules/no-scraped-boilerplate/dist/classify.js'
import {loadPatterns} from '../../rules/no-scraped-boilerplate/dist/patterns.js'
import {largeText} from '../lib/corpus.js'

const patterns = loadPatterns()
const lines = largeText().split('\n')
const half = lines.slice(0, lines.length >> 1)

function best(run, times = 3) {
  let fastest = Infinity
  for (let index = 0; index < times; index++) {
    const started = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest
}

classify(half, patterns, {structure: true})
const halfTime = best(() => classify(half, patterns, {structure: true}))
const fullTime = best(() => classify(lines, patterns, {structure: true}))
console.log(`classify ${half.length} lines: ${halfTime.toFixed(0)} ms; ${lines.length} lines: ${fullTime.toFixed(0)} ms; ratio ${(fullTime / halfTime).toFixed(2)} (2.00 = linear)`)

const hostile = '首页'.repeat(2000) + '!'
const breadcrumb = new RegExp('^[^\\s>]{1,24}(?:\\s{0,3}>{1,2}\\s{0,3}[^\\s>]{1,24}){1,8}$', 'u')
console.log(`breadcrumb pattern on ${hostile.length} hostile characters: ${best(() => breadcrumb.test(hostile)).toFixed(2)} ms`)
