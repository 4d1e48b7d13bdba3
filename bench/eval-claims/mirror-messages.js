// Messages of the four claim rules over whole archives of real articles from public GitHub
// repositories (never copied into this repository): the articles are rebuilt from local bare
// mirrors at pinned commits (`mirror-sources.json`), then checked as ONE run of the CLI (`jiaodui
// check --format json`, the claim rules only), so clashes across articles are found as a newsroom's
// archive run would find them. Prints every message with both sentences, for reading.
//   node bench/eval-claims/mirror-messages.js [--root /tmp/mirror-corpus] [--mirrors /work/.mirror] [--source name] [--json FILE]
//   node bench/eval-claims/mirror-messages.js --folder DIR [--folder DIR…]   # folders already extracted (held-out sets)
// A Markdown post keeps its front matter (its `date:` is the article date, as a CMS would pass it).
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..')
const CLAIM_RULES = ['consistent-numeric-claims', 'no-contradictory-claims', 'parts-sum-to-whole', 'no-impossible-percentage']
const {values} = parseArgs({options: {root: {type: 'string'}, mirrors: {type: 'string'}, source: {type: 'string'}, json: {type: 'string'}, folder: {type: 'string', multiple: true}}})
const root = values.root ?? '/tmp/mirror-corpus'
const mirrors = values.mirrors ?? '/work/.mirror'
const folders = values.folder ?? []
const sources = folders.length > 0 ? [] : JSON.parse(readFileSync(path.join(here, 'mirror-sources.json'), 'utf8')).filter((s) => !values.source || s.name === values.source)

/** The bare git directory of `owner/name` under the mirrors folder. */
function gitDirOf(name) {
  const base = path.join(mirrors, name.replace('/', '+'))
  const dir = [path.join(base, 'repo'), base].find((candidate) => existsSync(path.join(candidate, 'HEAD')))
  if (!dir) throw new Error(`no mirror of ${name} under ${mirrors} (bring it with the library's fetch tool)`)
  return dir
}

/** Write the articles of one source under `root/<name>`; returns how many, and how many blobs were absent. */
function extract(source) {
  const git = gitDirOf(source.repo)
  const out = path.join(root, source.name)
  rmSync(out, {recursive: true, force: true})
  mkdirSync(out, {recursive: true})
  const names = execFileSync('git', ['--git-dir', git, 'ls-tree', '-r', '-z', '--name-only', source.commit, source.under], {encoding: 'utf8', maxBuffer: 1 << 26})
    .split('\0')
    .filter((name) => new RegExp(source.match).test(name))
  let written = 0
  let absent = 0
  for (const name of names) {
    let raw
    try {
      raw = execFileSync('git', ['--git-dir', git, 'show', `${source.commit}:${name}`], {maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore']})
    } catch {
      absent++ // (a blob the mirror does not hold)
      continue
    }
    writeFileSync(path.join(out, name.slice(source.under.length + 1).replaceAll('/', '__')), raw)
    written++
  }
  return {written, absent}
}

for (const source of sources) {
  const {written, absent} = extract(source)
  console.log(`${source.name}: ${written} articles (${source.region}) from ${source.repo}@${source.commit.slice(0, 12)}:${source.under}${absent ? `, ${absent} absent from the mirror` : ''}`)
}
mkdirSync(root, {recursive: true})
const config = path.join(root, 'claims-only.json')
// (Every rule of the repository's rules/ folder but the four is turned off.)
const all = readdirSync(path.join(repo, 'rules'))
writeFileSync(config, JSON.stringify({rules: Object.fromEntries(all.filter((id) => !CLAIM_RULES.includes(id)).map((id) => [id, 'off']))}))
const run = spawnSync(process.execPath, [path.join(repo, 'packages', 'cli', 'bin', 'jiaodui.js'), 'check', '--format', 'json', '--config', config, ...sources.map((s) => path.join(root, s.name)), ...folders], {encoding: 'utf8', maxBuffer: 1 << 30})
if (run.status !== 0 && run.status !== 1) throw new Error(`jiaodui check exited with ${run.status}: ${run.stderr.slice(0, 2000)}`)
const report = JSON.parse(run.stdout)
if (values.json) writeFileSync(values.json, run.stdout)
const messages = report.files.flatMap((file) => file.messages.map((m) => ({file: path.relative(folders.length > 0 ? path.dirname(path.resolve(folders[0])) : root, path.resolve(file.path)), m})))
const byRule = {}
for (const {m} of messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1
console.log(`\n${report.files.length} articles, ${messages.length} claim-rule messages (${(messages.length / report.files.length * 50).toFixed(2)} per 50 articles): ${JSON.stringify(byRule)}`)
const clip = (text) => (text.length > 140 ? text.slice(0, 140) + '…' : text)
for (const [k, {file, m}] of messages.entries()) {
  console.log(`\n#${k + 1} ${file}:${m.place?.start?.line} ${m.ruleId} ${m.severity}: ${m.reason}`)
  const d = m.data ?? {}
  const shown = [d.claim, d.other, d.whole, ...(d.parts ?? []), ...(d.claims ?? [])].filter(Boolean)
  const seen = new Set()
  for (const claim of shown) {
    if (seen.has(claim.sentence)) continue
    seen.add(claim.sentence)
    console.log(`   ${claim.text} [${claim.scope} | ${claim.metric} | ${claim.period} | ${claim.confidence}] ${clip(claim.sentence)}`)
  }
}
