// Prequential records for calibrating claim confidence (issue 18, item 3): each held-out set's labelled
// claims as the extraction read them at the commit where the set was FIRST scored, before any change
// made from its misses. A confidence fitted on these records is fitted on fresh text only; the current
// extraction's reading of the same sets is not fresh (each round fixed what the earlier sets showed).
//
// For each set, the commit is the one that added its labels (no code changed in it, so the extraction
// is its parent's): git log --diff-filter=A -- bench/eval-claims/labels/<set>-*.jsonl. The README of
// each set names the same commit as "committed with its numbers before any code change" (heldout's
// README names 5a75f7e, a rebased twin of 81b13a2 with the same parent fa2f1f3 and the same tree).
//
// Build the old extractions (throw-away worktrees, removed when done):
//   for each set: git worktree add --detach ../calib-old/<set> <commit>
//                 (cd ../calib-old/<set> && npx --yes pnpm@10 install --frozen-lockfile --offline && npx tsc -b)
// Then: node bench/eval-claims/prequential.js [--old /work/wt/calib-old] [--sets heldout,heldout2]
// Writes bench/out/prequential/<set>.json (gitignored) and prints each set's counts. The labels, the
// document metadata and the judging functions (judgedFields: scopeRight, metricRight, normalPeriod) are the CURRENT
// ones of this checkout; only extractClaims comes from the old build.
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {SETS, judgeLabels} from './frames.js'
import {groupBy} from './lib.js'
import {documentMeta, loadLabels} from './labels.js'

/** The commit at which each held-out set was first scored (its labels' commit; code as its parent's). */
export const FIRST_SCORED = {
  heldout: '81b13a2',
  heldout2: '4302c6b',
  heldout3: 'ba4d737',
  heldout4: 'cbb275a',
  heldout5: 'dde99dc',
  heldout6: 'ba68f07'
}

const root = fileURLToPath(new URL('../../', import.meta.url))
/** Where the records are cached. */
export const outDir = root + 'bench/out/prequential/'

/** Region code of a labelled document: documents.json, else its folder. */
function regionOf(doc) {
  const region = documentMeta(doc).region
  if (region) return region
  return {mainland: 'CN', hongkong: 'HK', taiwan: 'TW'}[doc.split('/')[1]] ?? 'unknown'
}

/** Cheap features of a claim beside its vias, all known to the extraction when it sets the confidence. */
function featuresOf(claim, sameSentence, doc) {
  const places = new Set(sameSentence.filter((c) => c.scope.via === 'explicit').map((c) => c.scope.id))
  return {
    region: regionOf(doc),
    raw: doc.includes('/raw-pages/'),
    sentenceLength: claim.sentence.text.length,
    claimsInSentence: sameSentence.length,
    placesInSentence: places.size,
    metricLength: claim.metric.id.length,
    percent: claim.kind === 'percent' || claim.kind === 'percentage-point' || claim.kind === 'permille',
    kind: claim.kind,
    scopeLevel: claim.scope.level,
    role: claim.metric.role,
    periodType: claim.period.type
  }
}


/** The records of one set, extracted with the old build's `extractClaims`. */
async function collect(set, oldRoot) {
  const dist = `${oldRoot}/${set}/packages/claims/dist/index.js`
  const {extractClaims, confidenceWithinArticle} = await import(pathToFileURL(dist).href)
  const labels = loadLabels(SETS[set]).filter((label) => label.claim)
  const {judged, missed} = judgeLabels(labels, (text, doc) => extractClaims({text, path: doc, ...documentMeta(doc)}))
  // The claims of each sentence, per document (a feature reads the others of its sentence).
  const sentencesOf = new Map()
  const records = judged.map(({doc, label, extracted, claim, right}) => {
    if (!sentencesOf.has(extracted)) sentencesOf.set(extracted, groupBy(extracted, (c) => c.sentence.start))
    return {
      set,
      doc,
      at: label.at,
      confidence: claim.confidence,
      within: confidenceWithinArticle(claim),
      via: {scope: claim.scope.via, metric: claim.metric.via, period: claim.period.via},
      features: featuresOf(claim, sentencesOf.get(extracted).get(claim.sentence.start), doc),
      right: {...right, periodLabelled: label.period !== '*'}
    }
  })
  return {set, commit: FIRST_SCORED[set], labels: labels.length, missed, records}
}

/** Cached records of the given sets (collected in a child process each, so each old build loads alone). */
export function loadRecords(sets = Object.keys(FIRST_SCORED)) {
  return sets.flatMap((set) => {
    const file = `${outDir}${set}.json`
    if (!existsSync(file)) throw new Error(`${file} missing: run node bench/eval-claims/prequential.js first`)
    return JSON.parse(readFileSync(file, 'utf8')).records
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
  const oldRoot = arg('--old', fileURLToPath(new URL('../../../calib-old', import.meta.url)))
  const only = arg('--one', undefined)
  if (only) {
    const result = await collect(only, oldRoot)
    mkdirSync(outDir, {recursive: true})
    writeFileSync(`${outDir}${only}.json`, JSON.stringify(result))
  } else {
    for (const set of arg('--sets', Object.keys(FIRST_SCORED).join(',')).split(',')) {
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', set, '--old', oldRoot], {stdio: 'inherit'})
      const {labels, missed, records} = JSON.parse(readFileSync(`${outDir}${set}.json`, 'utf8'))
      const share = (field) => `${((100 * records.filter((r) => r.right[field]).length) / labels).toFixed(1)} %`
      console.log(`${set} at ${FIRST_SCORED[set]}: ${labels} labelled claims, ${records.length} extracted with their value (${missed} not); of all labelled: scope ${share('scope')}, metric ${share('metric')}, all ${share('all')}`)
    }
  }
}
