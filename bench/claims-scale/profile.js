// Where the claims phase of `jiaodui check` spends its time: reads `.cpuprofile` files written by
// `node --cpu-prof` (main thread and the segmenter's worker) and prints the samples under `claimsOf`
// grouped by source file, and the functions with the most self time there.
// Run (from the modules, not the bundle, so that frames name their files):
//   JIAODUI_BUNDLE=0 node --cpu-prof --cpu-prof-dir /tmp/prof packages/cli/bin/jiaodui.js check --threads 1 --format json DIR > /dev/null
//   node bench/claims-scale/profile.js /tmp/prof/*.cpuprofile [--top 25] [--root claimsOf]
import {readFileSync} from 'node:fs'
import path from 'node:path'

const argument = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const top = Number(argument('--top')) || 25
const rootName = argument('--root') ?? 'claimsOf'
const files = process.argv.slice(2).filter((arg, k, all) => arg.endsWith('.cpuprofile') && !['--top', '--root'].includes(all[k - 1]))

/** A frame's file, short: the package and file (`claims/scopes.js`), V8's own frames by name. */
function fileOf(frame) {
  if (!frame.url) return `(${frame.functionName || 'program'})`
  const parts = frame.url.replace(/^file:\/\//, '').split(path.sep)
  const dist = parts.lastIndexOf('dist')
  return dist > 0 ? `${parts[dist - 1]}/${parts.slice(dist + 1).join('/')}` : parts.slice(-2).join('/')
}

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  // Whether a node lies under a frame named rootName (memoised per node).
  const under = new Map()
  const isUnder = (id) => {
    if (under.has(id)) return under.get(id)
    const node = byId.get(id)
    const result = node.callFrame.functionName === rootName || (parent.has(id) ? isUnder(parent.get(id)) : false)
    under.set(id, result)
    return result
  }
  const self = new Map()
  profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000))
  let total = 0
  let inRoot = 0
  const byFile = new Map()
  const byFunction = new Map()
  for (const [id, ms] of self) {
    total += ms
    if (!isUnder(id)) continue
    inRoot += ms
    const frame = byId.get(id).callFrame
    const where = fileOf(frame)
    byFile.set(where, (byFile.get(where) ?? 0) + ms)
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
  }
  console.log(`${path.basename(file)}: ${Math.round(total)} ms sampled, ${Math.round(inRoot)} ms under ${rootName}`)
  const list = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `  ${String(Math.round(ms)).padStart(6)} ms  ${name}`).join('\n')
  if (inRoot > 0) console.log(`by file:\n${list(byFile)}\nby function (self):\n${list(byFunction)}\n`)
  else {
    // A thread without that frame (the segmenter's worker): self time of everything.
    for (const [id, ms] of self) {
      const frame = byId.get(id).callFrame
      const name = `${frame.functionName || '(anonymous)'} ${fileOf(frame)}:${frame.lineNumber + 1}`
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
    }
    console.log(`by function (self):\n${list(byFunction)}\n`)
  }
}
