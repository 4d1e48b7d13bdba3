// Frame accuracy of claim extraction and quantity precision/recall of `jiaodui numbers` on the hand
// labels of bench/eval-claims/labels/ (real articles in ../shared/corpus, by path and offset).
// Run: npx tsc -b packages/claims && node bench/eval-claims/frames.js [--set dev|heldout|…|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23] [--misses field] [--root DIR]
// `dev`: labels/{mainland,hongkong,taiwan}.jsonl, read while the extraction was written; `heldout`:
// labels/heldout-*.jsonl, labelled before the changes measured on them (see README); `heldout2`:
// labels/heldout2-*.jsonl, a second held-out set on other articles, whose misses are not read while fixing.
// `heldout3`: labels/heldout3-*.jsonl, a third held-out set labelled before the fifth round; only its summary is read.
// `heldout4`: labels/heldout4-*.jsonl, a fourth held-out set labelled before the sixth round; only its summary is read.
// `heldout5`: labels/heldout5-*.jsonl, a fifth held-out set labelled before the seventh round; only its summary is read.
// `heldout6`: labels/heldout6-*.jsonl, claims of the article bodies of whole saved pages (raw-pages: navigation,
// link lists and footers included), labelled before the eighth round; only its summary is read. Only labelled
// claims are scored: the extra claims of a page's navigation cost nothing here (their precision is what the claim
// rules' runs over raw-pages measure), while the navigation text stays in the input the extraction reads.
// `heldout7`: labels/heldout7-*.jsonl, labelled before the ninth round on articles without labels (all of them
// mainland: the unlabelled Hong Kong and Taiwan articles hold no statistical claims); only its summary is read.
// `heldout8`: labels/heldout8-*.jsonl, labelled before the tenth round on the article text of the saved pages of
// boilerplate-dev and the seeds (never labelled for claims before); scored first fresh, then read in the tenth round.
// `heldout9`: labels/heldout9-*.jsonl, claims of set `fresh2` of bench/eval-numbers (Hong Kong RTHK items and two
// Reuters pieces of the public repository theagora/news1, outside ../shared), labelled before `jiaodui claims` was
// run on them. Their texts are rebuilt outside the repository (`node bench/eval-numbers/fresh-text.js --set fresh2
// --root /tmp/fresh2`) and read from --root DIR (default /tmp/fresh2).
// `heldout10`: labels/heldout10-*.jsonl, claims of set `fresh3` of bench/eval-numbers (CNA, RTHK and Reuters items of
// the public repositories agora0/2511 and agora0/2009), labelled before `jiaodui claims` was run on
// them; rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh3 --root /tmp/fresh3`. Without --root, a
// `github:` document is read from /tmp/fresh2, /tmp/fresh3, /tmp/fresh4, /tmp/fresh5, /tmp/fresh6, /tmp/fresh7, /tmp/fresh8, /tmp/fresh9, /tmp/fresh10, /tmp/fresh11, /tmp/fresh12, /tmp/fresh13 or /tmp/fresh14, whichever holds it.
// `heldout11`: labels/heldout11-*.jsonl, claims of set `fresh4` of bench/eval-numbers (Kyodo, JoongAng, RFI and DW items
// of the public repository agora0/2010), labelled from reading before anything of jiaodui (`numbers`, `claims`,
// this script) was run on them: `at` and `q` are the offset and span a reader gives the figure, so a claim whose
// mention has another span counts as missed. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh4 --root /tmp/fresh4`.
// `heldout12`: labels/heldout12-*.jsonl, claims of set `fresh5` of bench/eval-numbers (RFA, NHK, Al Jazeera and NYT items
// of the public repository agora0/pen, November 2024), labelled from reading as heldout11, before anything of jiaodui was
// run on them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh5 --root /tmp/fresh5`.
// `heldout13`: labels/heldout13-*.jsonl, claims of set `fresh6` of bench/eval-numbers (WSJ and ABC Chinese items of the
// public repositories agora0/2212, agora0/2305 and agora0/2309), labelled from reading as heldout11, before anything of
// jiaodui was run on them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh6 --root /tmp/fresh6`.
// `heldout14`: labels/heldout14-*.jsonl, claims of set `fresh7` of bench/eval-numbers (Caixin, Southern Weekly, YiMagazine,
// Caijing, Initium and Economist articles reposted in the public repository NodeBE4/oped2), labelled from reading as
// heldout11, before anything of jiaodui was run on them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh7 --root /tmp/fresh7`.
// `heldout15`: labels/heldout15-*.jsonl, claims of set `fresh8` of bench/eval-numbers (RTHK, CNA, Reuters, BBC and RFI items of the
// public repositories agora0/2201 and agora0/2104), labelled from reading as heldout11, before anything of jiaodui was run on
// them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh8 --root /tmp/fresh8`.
// `heldout16`: labels/heldout16-*.jsonl, claims of set `fresh9` of bench/eval-numbers (RTHK, CNA, Reuters, WSJ and BBC items of the
// public repositories agora0/2011 and agora0/2402), labelled from reading as heldout11, before anything of jiaodui was run on
// them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh9 --root /tmp/fresh9`.
// `heldout17`: labels/heldout17-{mainland,hongkong}.jsonl (no Taiwan file), claims of set `fresh10` of bench/eval-numbers (新闻联播
// stories of DuckBurnIncense/xin-wen-lian-bo and 眾新聞 posts of hkarchivist/hkcnews-article-archive), labelled from reading as
// heldout11, before anything of jiaodui was run on them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh10 --root /tmp/fresh10`.
// `heldout18`: labels/heldout18-{taiwan,hongkong}.jsonl (no mainland file), claims of set `fresh11` of bench/eval-numbers (8 CNA and
// 4 RTHK posts of agora0/2010, October 2020, never used for numbers or frames), labelled from reading before anything of jiaodui
// was run on them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh11 --root /tmp/fresh11`.
// `heldout19`: labels/heldout19-{mainland,taiwan,hongkong}.jsonl, claims of set `fresh12` of bench/eval-numbers (5 新闻联播 stories
// of DuckBurnIncense/xin-wen-lian-bo from days no earlier set or archive used, 4 CNA and 3 RTHK posts of agora0/2012, December 2020),
// labelled from reading before anything of jiaodui was run on them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh12 --root /tmp/fresh12`.
// `heldout20`: labels/heldout20-{mainland,taiwan,hongkong}.jsonl, claims of set `fresh13` of bench/eval-numbers (5 新闻联播 stories
// of DuckBurnIncense/xin-wen-lian-bo from days no earlier set or archive used, 4 CNA and 3 RTHK posts of agora0/2106, June 2021),
// labelled from reading before anything of jiaodui was run on them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh13 --root /tmp/fresh13`.
// `heldout21`: labels/heldout21-{mainland,taiwan,hongkong}.jsonl, claims of set `fresh14` of bench/eval-numbers (5 新闻联播 stories
// of DuckBurnIncense/xin-wen-lian-bo from days no earlier set or archive used, 4 CNA and 3 RTHK posts of agora0/2102, February 2021),
// labelled from reading before anything of jiaodui was run on them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh14 --root /tmp/fresh14`.
// `heldout22`: labels/heldout22-{mainland,taiwan,hongkong}.jsonl, claims of set `fresh15` of bench/eval-numbers (5 新闻联播 stories
// of DuckBurnIncense/xin-wen-lian-bo from days no earlier set or archive used, 4 CNA and 3 RTHK posts of agora0/2104, April 2021),
// labelled from reading before anything of jiaodui was run on them. Rebuilt with `node bench/eval-numbers/fresh-text.js --set fresh15 --root /tmp/fresh15`.
// `heldout23`: labels/heldout23-{mainland,taiwan,hongkong}.jsonl, claims of set `fresh16` of bench/eval-numbers (5 新闻联播 stories
// of DuckBurnIncense/xin-wen-lian-bo from days no earlier number set used, 4 CNA posts of agora0/2309, September 2023, and 3 RTHK
// posts of agora0/2007, July 2020), labelled from reading before anything of jiaodui was run on them. Rebuilt with
// `node bench/eval-numbers/fresh-text.js --set fresh16 --root /tmp/fresh16`.
import {existsSync, readFileSync} from 'node:fs'
import {canonicalMetric, extractClaims, foldText, partnerOfQualifier} from '../../packages/claims/dist/index.js'
import {findQuantities} from '../../packages/zh-number/dist/index.js'
import {corpusDir, groupBy} from './lib.js'
import {documentMeta, loadLabels} from './labels.js'
import {freshFile} from '../eval-numbers/items.js'

/** Where the texts of `github:` documents (sets heldout9–heldout23) were rebuilt: --root, else /tmp/fresh2 … /tmp/fresh16. */
const rootArg = process.argv.indexOf('--root')
const githubRoots = rootArg > 0 ? [process.argv[rootArg + 1]] : ['/tmp/fresh2', '/tmp/fresh3', '/tmp/fresh4', '/tmp/fresh5', '/tmp/fresh6', '/tmp/fresh7', '/tmp/fresh8', '/tmp/fresh9', '/tmp/fresh10', '/tmp/fresh11', '/tmp/fresh12', '/tmp/fresh13', '/tmp/fresh14', '/tmp/fresh15', '/tmp/fresh16']
/** The text of a labelled document: a file of ../shared/corpus, or a `github:` document rebuilt under the root. */
export function textOf(doc) {
  if (!doc.startsWith('github:')) return readFileSync(corpusDir + doc, 'utf8')
  const file = githubRoots.map((root) => freshFile(doc, root)).find((candidate) => existsSync(candidate))
  if (!file) throw new Error(`${doc} is absent under ${githubRoots.join(' and ')}: rebuild it with node bench/eval-numbers/fresh-text.js --set fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16 --root DIR`)
  return readFileSync(file, 'utf8')
}

const REGIONS = ['mainland', 'hongkong', 'taiwan']
/** Label files of each set. */
export const SETS = {
  dev: REGIONS.map((r) => `${r}.jsonl`),
  heldout: REGIONS.map((r) => `heldout-${r}.jsonl`),
  heldout2: REGIONS.map((r) => `heldout2-${r}.jsonl`),
  heldout3: REGIONS.map((r) => `heldout3-${r}.jsonl`),
  heldout4: REGIONS.map((r) => `heldout4-${r}.jsonl`),
  heldout5: REGIONS.map((r) => `heldout5-${r}.jsonl`),
  heldout6: REGIONS.map((r) => `heldout6-${r}.jsonl`),
  heldout7: REGIONS.map((r) => `heldout7-${r}.jsonl`),
  heldout8: REGIONS.map((r) => `heldout8-${r}.jsonl`),
  heldout9: REGIONS.map((r) => `heldout9-${r}.jsonl`),
  heldout10: REGIONS.map((r) => `heldout10-${r}.jsonl`),
  heldout11: REGIONS.map((r) => `heldout11-${r}.jsonl`),
  heldout12: REGIONS.map((r) => `heldout12-${r}.jsonl`),
  heldout13: REGIONS.map((r) => `heldout13-${r}.jsonl`),
  heldout14: REGIONS.map((r) => `heldout14-${r}.jsonl`),
  heldout15: REGIONS.map((r) => `heldout15-${r}.jsonl`),
  heldout16: REGIONS.map((r) => `heldout16-${r}.jsonl`),
  heldout17: ['mainland', 'hongkong'].map((r) => `heldout17-${r}.jsonl`),
  heldout18: ['taiwan', 'hongkong'].map((r) => `heldout18-${r}.jsonl`),
  heldout19: REGIONS.map((r) => `heldout19-${r}.jsonl`),
  heldout20: REGIONS.map((r) => `heldout20-${r}.jsonl`),
  heldout21: REGIONS.map((r) => `heldout21-${r}.jsonl`),
  heldout22: REGIONS.map((r) => `heldout22-${r}.jsonl`),
  heldout23: REGIONS.map((r) => `heldout23-${r}.jsonl`)
}
/** Region folder of a labelled document: its folder, or for a whole saved page (`raw-pages/`) its region in documents.json. */
const REGION_NAME = {CN: 'mainland', HK: 'hongkong', TW: 'taiwan'}
function regionOf(doc) {
  const folder = doc.split('/')[1]
  return REGIONS.includes(folder) ? folder : (REGION_NAME[documentMeta(doc).region] ?? folder)
}
/** Mention kinds `jiaodui numbers` prints that a label can be about (dates, times and ordinals are not labelled). */
const NUMERIC = new Set(['count', 'money', 'percent', 'permille', 'percentage-point', 'range'])

/** Period id without the document-local suffix; undated relative ids keep their `Y` form. */
/**
 * The labelled claim `label` judged against the extracted `claim` at its offset: undefined when the
 * extraction made no claim there with the labelled numeral; else which fields are right.
 */
export function judgedFields(claims, label) {
  const claim = claims.get(label.at)
  if (!claim || claim.text !== label.q) return undefined
  const scope = scopeRight(claim, label.scope)
  const metric = claimMetricRight(claim.metric, label.metric)
  const period = label.period === '*' || normalPeriod(claim.period.id) === label.period
  return {claim, right: {scope, metric, period, all: scope && metric && period, key: scope && metric}}
}

/**
 * Every labelled claim of `labels` judged against the claims `extract(text, doc)` makes of its
 * document (the calibration and prequential records): those the extraction made, with the claim,
 * which fields are right and all the document's claims; and how many it missed.
 */
export function judgeLabels(labels, extract) {
  const judged = []
  let missed = 0
  for (const [doc, items] of groupBy(labels, (label) => label.doc)) {
    const extracted = extract(textOf(doc), doc)
    const claims = new Map(extracted.map((c) => [c.place.start.offset, c]))
    for (const label of items) {
      const one = judgedFields(claims, label)
      if (one) judged.push({doc, label, extracted, ...one})
      else missed++
    }
  }
  return {judged, missed}
}

export function normalPeriod(id) {
  const local = id.indexOf('?#')
  let out = local >= 0 ? id.slice(0, local) : id
  if (out === 'asof:') out = 'asof:now'
  const range = /^range:(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(out)
  if (range && range[1] === range[2]) out = `month:${range[1]}`
  return out
}

export function scopeRight(claim, wanted) {
  return wanted.some((w) => {
    if (w === claim.scope.id) return true
    if (w.startsWith('org:') && claim.scope.id.startsWith('org:')) {
      const a = foldText(w.slice(4))
      const b = foldText(claim.scope.id.slice(4))
      return a.includes(b) || b.includes(a)
    }
    // A named place below the gazetteer's lowest level (`village:810103:北角`, a Hong Kong
    // neighbourhood) is the place the labels name as `org:北角` where no code exists for it.
    const below = /^village:[^:]*:(.+)$/.exec(claim.scope.id)
    if (w.startsWith('org:') && below) {
      const a = foldText(w.slice(4))
      const b = foldText(below[1])
      return a.includes(b) || b.includes(a)
    }
    return false
  })
}

/**
 * A metric is right when it is one of the label's alternatives, or when the claim taxonomy makes it
 * the same statistic as one (`canonicalMetric`: folded, generic ends like 总额/人数 dropped, synonyms
 * mapped): the labels name a statistic, and two wordings the taxonomy equates compare as one.
 */
export function metricRight(id, wanted) {
  if (wanted.includes(foldText(id))) return true
  const canonical = canonicalMetric(id)
  return canonical !== '' && wanted.some((w) => canonicalMetric(w) === canonical)
}

/**
 * The metric of a claim judged with its trade partner too: since round 24 `对东盟进出口` is the metric `进出口`
 * with `with:东盟` in its qualifier, and labels name the statistic either way (`东盟进出口`, `对东盟进出口`, `进出口`).
 */
export function claimMetricRight(metric, wanted) {
  if (metricRight(metric.id, wanted)) return true
  const partner = partnerOfQualifier(metric.qualifier)
  return partner !== undefined && (metricRight(`${partner}${metric.id}`, wanted) || metricRight(`对${partner}${metric.id}`, wanted))
}

/** Evaluate every label against the current extraction. */
export function evaluateFrames(labels = loadLabels(SETS.dev)) {
  const byDoc = new Map()
  for (const label of labels) {
    if (!byDoc.has(label.doc)) byDoc.set(label.doc, [])
    byDoc.get(label.doc).push(label)
  }
  const fields = {value: [0, 0], scope: [0, 0], metric: [0, 0], period: [0, 0], currency: [0, 0], all: [0, 0]}
  const quantity = {tp: 0, fp: 0, fn: 0}
  const misses = {value: [], scope: [], metric: [], period: [], currency: [], quantity: []}
  const byRegion = {}
  for (const [doc, items] of byDoc) {
    const text = textOf(doc)
    const claims = new Map(extractClaims({text, path: doc, ...documentMeta(doc)}).map((c) => [c.place.start.offset, c]))
    const mentions = new Map(findQuantities(text).filter((q) => NUMERIC.has(q.kind)).map((q) => [q.start, q]))
    const region = regionOf(doc)
    const r = (byRegion[region] ??= {claims: 0, all: 0, value: 0, scope: 0, metric: 0, period: [0, 0]})
    for (const label of items) {
      if (text.slice(label.at, label.at + label.q.length) !== label.q) throw new Error(`label ${doc}@${label.at} \`${label.q}\` does not match the text`)
      const found = mentions.get(label.at)
      const isQuantity = found !== undefined && !claimRejected(found, claims, label)
      if (label.quantity && found) quantity.tp++
      else if (label.quantity) {
        quantity.fn++
        misses.quantity.push(`${doc}@${label.at} ${label.q}: missed`)
      } else if (isQuantity) {
        quantity.fp++
        misses.quantity.push(`${doc}@${label.at} ${label.q}: not a quantity`)
      }
      if (!label.claim) continue
      const claim = claims.get(label.at)
      const got = claim ? `${claim.scope.id}|${claim.metric.id}|${claim.period.id}|${claim.unitClass}` : 'no claim'
      const ok = {
        value: claim !== undefined && claim.text === label.q,
        scope: claim !== undefined && scopeRight(claim, label.scope),
        metric: claim !== undefined && claimMetricRight(claim.metric, label.metric),
        period: label.period === '*' ? undefined : claim !== undefined && normalPeriod(claim.period.id) === label.period,
        currency: label.currency === undefined ? undefined : claim !== undefined && claim.unitClass === `money:${label.currency}`
      }
      ok.all = ok.value && ok.scope && ok.metric && ok.period !== false
      for (const [field, right] of Object.entries(ok)) {
        if (right === undefined) continue
        fields[field][1]++
        if (right) fields[field][0]++
        else if (misses[field]) misses[field].push(`${doc}@${label.at} ${label.q}: want ${field === 'scope' ? label.scope.join('|') : field === 'metric' ? label.metric.join('|') : field === 'period' ? label.period : field === 'currency' ? label.currency : label.q} got ${got}`)
      }
      r.claims++
      if (ok.all) r.all++
      for (const field of ['value', 'scope', 'metric']) if (ok[field]) r[field]++
      if (ok.period !== undefined) {
        r.period[1]++
        if (ok.period) r.period[0]++
      }
    }
  }
  return {fields, quantity, misses, byRegion, labels: labels.length}
}

/**
 * Whether `jiaodui numbers` would leave this mention out: it prints every zh-number mention, so
 * nothing is rejected there; kept as a hook so the count matches the printed records.
 */
function claimRejected() {
  return false
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const setArg = process.argv.indexOf('--set')
  const set = setArg > 0 ? process.argv[setArg + 1] : 'dev'
  if (!SETS[set]) throw new Error(`--set ${set}: expected ${Object.keys(SETS).join(' or ')}`)
  const r = evaluateFrames(loadLabels(SETS[set]))
  const pct = ([a, b]) => `${b ? ((100 * a) / b).toFixed(1) : '–'} % (${a}/${b})`
  console.log(`# Claim frames on ${r.labels} labels of the ${set} set (${r.fields.value[1]} claims)\n`)
  for (const field of ['value', 'scope', 'metric', 'period', 'currency', 'all']) console.log(`${field.padEnd(9)} ${pct(r.fields[field])}`)
  for (const [region, v] of Object.entries(r.byRegion)) {
    const per = ['value', 'scope', 'metric'].map((f) => `${f} ${pct([v[f], v.claims])}`).join(', ')
    console.log(`  ${region}: all four ${pct([v.all, v.claims])}; ${per}, period ${pct(v.period)}`)
  }
  const {tp, fp, fn} = r.quantity
  console.log(`\nquantities (jiaodui numbers): precision ${(tp / (tp + fp)).toFixed(3)} (${tp}/${tp + fp}), recall ${(tp / (tp + fn)).toFixed(3)} (${tp}/${tp + fn})`)
  const which = process.argv.indexOf('--misses')
  if (which > 0) for (const line of r.misses[process.argv[which + 1]] ?? []) console.log('  ' + line)
}
