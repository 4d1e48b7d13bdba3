import {createHash} from 'node:crypto'
import {
  CLAIM_KEY_VERSION,
  claimData,
  claimsOf,
  classifyClash,
  describeKey,
  foldText,
  formatInterval,
  frontMatterDate,
  scanDateline,
  type Claim,
  likelyCause,
  type FileLike
} from '@jiaodui/claims'
import {createReporter, resolveSeverity, validateOptions, type RuleSettings, type SeveritySetting} from '@jiaodui/lint-rule'
import consistentNumericClaims, {standingOf, type Options as RuleOptions} from '@jiaodui/rule-consistent-numeric-claims'
import {VFile} from 'vfile'
import {isIndexable, keyFrame, highOf, lowOf, type DocumentEntry, type IndexedDocument} from './rows.js'
import type {AddResult, ClaimStore, ClashQuery, StoredClaim} from './store.js'

/** The warning of a check against an index holding articles indexed under another claim key version. */
export function otherKeyVersionWarning(location: string, count: number): string {
  return (
    `jiaodui: warning: the claim index ${location} holds ${count} article${count === 1 ? '' : 's'} indexed by another version of the ` +
    `claim extraction (claim keys version ${CLAIM_KEY_VERSION} here); their figures are not compared until indexed again: ` +
    `run \`jiaodui index add\` on them (unchanged texts are re-extracted)\n`
  )
}

/** Options of `checkAgainstIndex`. */
export interface IndexCheckOptions {
  /** Also record the files in the index once they are checked (`--index-update`). */
  update?: boolean | undefined
  /** The config's settings of `consistent-numeric-claims`: severity and options apply here too. */
  rule?: RuleSettings<RuleOptions> | SeveritySetting | undefined
  /** Recorded as the documents' source when `update` is set. */
  source?: string | undefined
}

/** What `checkAgainstIndex` did. */
export interface IndexCheckResult {
  /** Messages added (one per clashing pair, at most `maxPerClaim` per claim). */
  messages: number
  /** What was recorded, with `update`. */
  added?: AddResult | undefined
  /**
   * Stored documents (before `update`) whose claims were extracted under another claim key version
   * (`CLAIM_KEY_VERSION`): their figures were not compared, as their keys no longer match.
   */
  otherKeyVersion: number
}

/**
 * Check files against everything published before: each claim of each file is looked up in the
 * index by its key, and a stored claim whose interval does not overlap gets a
 * `consistent-numeric-claims` message on the file, with `cause` at the archived article (path,
 * date, line). Stored versions of the files being checked are left out (the run-wide rule compares
 * the files with each other). With `update`, the files are recorded afterwards, replacing their
 * older versions. Call it after the per-file phase, when `file.data.claims` is known.
 */
export async function checkAgainstIndex(store: ClaimStore, files: readonly VFile[], options: IndexCheckOptions = {}): Promise<IndexCheckResult> {
  const {meta} = consistentNumericClaims
  const settings: RuleSettings<RuleOptions> = typeof options.rule === 'string' ? {severity: options.rule} : (options.rule ?? {})
  const severity = resolveSeverity(settings.severity, meta.defaultSeverity)
  const ruleOptions = validateOptions<RuleOptions>(meta, settings.options)
  const minConfidence = ruleOptions.minConfidence ?? 0.5
  const limit = ruleOptions.maxPerClaim ?? 3
  let messages = 0
  const otherKeyVersion = await store.otherKeyVersion()
  if (severity) {
    const asked: Array<{file: VFile; claim: Claim; query: ClashQuery}> = []
    for (const file of files) {
      for (const claim of claimsOfFile(file)) {
        if (claim.confidence < minConfidence || !isIndexable(claim)) continue
        asked.push({file, claim, query: queryOf(claim)})
      }
    }
    const excludePaths = files.map((file) => file.path).filter((item): item is string => Boolean(item))
    const found = await store.clashes(
      asked.map((item) => item.query),
      {minConfidence, limit, excludePaths}
    )
    const seen = new Set<string>()
    asked.forEach(({file, claim}, index) => {
      const report = createReporter(meta, file, severity)
      for (const stored of found[index] ?? []) {
        // A sentence repeated in one article reports its clash with an archived one once.
        const pair = `${file.path}\u0000${claim.text}\u0000${stored.document.path}\u0000${stored.claim.place.start.offset}`
        if (seen.has(pair)) continue
        seen.add(pair)
        reportClash(report, claim, stored, ruleOptions.calibrated)
        messages++
      }
    })
  }
  const added = options.update ? await store.add(files.map((file) => documentEntry(file, options.source))) : undefined
  return {messages, otherKeyVersion, ...(added ? {added} : {})}
}

function claimsOfFile(file: VFile): Claim[] {
  return (file.data['claims'] as Claim[] | undefined) ?? claimsOf(file as unknown as FileLike)
}

function queryOf(claim: Claim): ClashQuery {
  return {
    ...keyFrame(claim)!,
    low: lowOf(claim),
    high: highOf(claim),
    lowInclusive: claim.value.lowInclusive,
    highInclusive: claim.value.highInclusive,
    ...(claim.subject ? {subject: claim.subject} : {})
  }
}

/** `2019-01-10, line 3` or `line 3` when the archived article has no date. */
function whereArchived(stored: StoredClaim): string {
  const line = `line ${stored.claim.place.start.line}`
  return stored.document.date ? `${stored.document.date}, ${line}` : line
}

function reportClash(report: ReturnType<typeof createReporter>, claim: Claim, stored: StoredClaim, calibrated: boolean): void {
  const other = stored.claim
  const archived = stored.document.path
  const clash = classifyClash(claim, other)
  // (As between the articles of a run: an uncertain frame, a toll being revised or, calibrated, a
  // difference the digits do not explain is information.)
  const {sure, hedge, why} = standingOf(claim, other, clash.kind, calibrated)
  const cause = new VFile({path: archived}).message(`\`${other.text}\` is stated here (indexed article${stored.document.date ? ` of ${stored.document.date}` : ''})`, {
    place: {start: {...other.place.start}, end: {...other.place.end}}
  })
  report(
    `\`${claim.text}\` disagrees with \`${other.text}\` in the indexed article \`${archived}\` (${whereArchived(stored)}) (${describeKey(claim)})${likelyCause[clash.kind]}${hedge}`,
    {
      place: {start: {...claim.place.start}, end: {...claim.place.end}},
      note:
        'An article published before, recorded in the claim index, states the same statistic — same place, same counted thing, same predicate and unit, same period — with a value whose interval does not overlap. ' +
        `Here \`${claim.text}\` means ${formatInterval(claim.value)}; \`${archived}\` says \`${other.text}\`, ${formatInterval(other.value)}. ` +
        'Correct whichever is wrong; if the archived figure was wrong, fix that article and re-add it to the index.' +
        why,
      data: {
        key: [claim.scope.id, keyFrame(claim)!.metric, claim.period.id].join('|'),
        clash: clash.kind,
        ...(clash.factor !== undefined ? {factor: clash.factor} : {}),
        indexed: {
          path: archived,
          hash: stored.document.hash,
          ...(stored.document.date ? {date: stored.document.date} : {}),
          ...(stored.document.source ? {source: stored.document.source} : {})
        },
        claim: claimData(claim),
        other: claimData(other)
      },
      cause,
      uncertain: !sure
    }
  )
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * A checked file as an index entry: its path, the SHA-256 of its text, its date (the claims' date,
 * else front matter, metadata, dateline or `settings.date`) and its claims.
 */
export function documentEntry(file: VFile, source?: string): DocumentEntry {
  const text = typeof file.value === 'string' ? file.value : String(file.value ?? '')
  const claims = claimsOfFile(file)
  const document: IndexedDocument = {
    path: file.path || createHash('sha256').update(text).digest('hex'),
    hash: createHash('sha256').update(text).digest('hex'),
    ...(source ? {source} : {}),
    keyVersion: CLAIM_KEY_VERSION
  }
  const date = claims.find((claim) => claim.document.date)?.document.date ?? dateOfFile(file, text)
  if (date) document.date = date
  return {document, claims}
}

function dateOfFile(file: VFile, text: string): string | undefined {
  const meta = file.data['meta'] as {date?: unknown} | undefined
  const settings = file.data['settings'] as {date?: unknown} | undefined
  const candidates = [
    file.data['format'] === 'md' ? frontMatterDate(text) : undefined,
    meta?.date,
    scanDateline(foldText(text)).date,
    settings?.date
  ]
  return candidates.find((value): value is string => typeof value === 'string' && isoDate.test(value))
}
