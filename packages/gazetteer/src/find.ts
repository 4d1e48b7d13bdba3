import { COUNTRY_CODE, type Entry, gazetteer, STOP } from './data.js'
import { foldToSimplified } from './fold.js'
import {
  NOT_PLACE_FOLLOWERS,
  VILLAGE_LEFT_BOUNDARY,
  VILLAGE_NOT_START,
  VILLAGE_RIGHT_CONTEXT,
  VILLAGE_STOP,
  VILLAGE_STRONG_LEFT,
} from './lexicon.js'
import type { AdminPlace, Place, PlaceMention, Resolution, VillagePlace } from './types.js'

/** Options of {@link findPlaces}. */
export interface FindOptions {
  /**
   * How ambiguous names (`鼓楼区`, `白云区`) are resolved. `'chain'`: only by the mention right before
   * (`福州鼓楼区`). `'document'` (default): also by any earlier resolved mention in the same text that
   * contains exactly one of the candidates.
   */
  readonly context?: 'chain' | 'document'
}

interface Mutable {
  start: number
  end: number
  place: Place | undefined
  candidates: Place[]
  alias: boolean
  resolvedBy: Resolution | undefined
  /** For a village after an unresolved place: that mention, to attach the village once resolved. */
  parentMention?: Mutable
}

const MAX_VILLAGE = 4
const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
const CUN = '村'.charCodeAt(0)
const foldedStop = VILLAGE_STOP.map(foldToSimplified)
const foldedRight = VILLAGE_RIGHT_CONTEXT.map(foldToSimplified)
const leftBoundary = new Set(foldToSimplified(VILLAGE_LEFT_BOUNDARY))
const chainBoundary = new Set('的在了是个各每全本该这那其此等')
const strongLeftChars = new Set(VILLAGE_STRONG_LEFT)
const notStart = VILLAGE_NOT_START.map(foldToSimplified)
const ADMIN_END = new Set('省市县区州镇乡旗盟')

/** Whether `inner` lies inside `outer` or is `outer` itself (villages through their parent). */
export function isWithin(inner: Place, outer: Place): boolean {
  if (inner === outer) return true
  if (outer.code === COUNTRY_CODE && inner.level !== 'village') return true
  if (inner.level === 'village') {
    if (outer.level === 'village') return inner.name === outer.name && inner.parentCode === outer.parentCode
    const parent = inner.parentCode ? gazetteer().byCode.get(inner.parentCode) : undefined
    return parent ? isWithin(parent, outer) : false
  }
  if (outer.level === 'village' || outer.code === undefined) return false
  return inner.code.length > outer.code.length && inner.code.startsWith(outer.code) && isAncestorChain(inner, outer)
}

/** Code prefixes can skip pseudo levels, so confirm by walking parents. */
function isAncestorChain(inner: AdminPlace, outer: AdminPlace): boolean {
  const g = gazetteer()
  let p: AdminPlace | undefined = inner
  while (p) {
    if (p === outer) return true
    p = p.parentCode ? g.byCode.get(p.parentCode) : undefined
  }
  return false
}

function strictlyInside(inner: Place, outer: Place): boolean {
  return inner !== outer && isWithin(inner, outer)
}

function insideAny(inner: Place, anchors: readonly Place[]): boolean {
  for (const a of anchors) if (strictlyInside(inner, a)) return true
  return false
}

function followedByNotPlace(folded: string, end: number): boolean {
  for (const w of NOT_PLACE_FOLLOWERS) if (folded.startsWith(w, end)) return true
  return false
}

/** Places a chain predecessor can stand for: its place, or all its candidates. */
function anchorsOf(m: Mutable | undefined): Place[] {
  if (!m) return []
  // The country anchors nothing: `中国南极` must not unlock the guarded township short form 南极.
  return (m.place ? [m.place] : m.candidates).filter((p) => p.code !== COUNTRY_CODE)
}

const noAnchors: readonly Place[] = []

function validVillageName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_VILLAGE) return false
  for (let k = 0; k < name.length; k++) if (!isHan(name.charCodeAt(k)) || name[k] === '村') return false
  if (ADMIN_END.has(name[name.length - 1] as string)) return false
  return !foldedStop.some((s) => name.endsWith(s))
}

function hasRightContext(folded: string, at: number): boolean {
  return foldedRight.some((w) => folded.startsWith(w, at))
}

function village(name: string, suffix: string, parent: Place | undefined): VillagePlace {
  const parentCode = parent?.level === 'village' ? parent.parentCode : parent?.code
  const parentPlace = parentCode ? gazetteer().byCode.get(parentCode) : undefined
  return {
    code: undefined,
    name: name + suffix,
    shortName: name,
    level: 'village',
    ...(parentCode ? { parentCode } : {}),
    path: [...(parentPlace?.path ?? []), name + suffix],
  }
}

interface Scan {
  mentions: Mutable[]
  /** Village names (without 村) confirmed in this text, with the parent they were first attached to. */
  villages: Map<string, Place | undefined>
  /**
   * Where the scan stood at each clause or sentence mark it stepped over, three numbers each: the
   * position, the number of mentions before it, `lastEnd` there. A second pass resumes from them.
   */
  checkpoints: number[]
}

/** `name` + 村/社区 read forwards from `i` (2–4 hanzi), or undefined. */
function forwardVillage(folded: string, i: number, allowShequ: boolean): { name: string; suffix: string } | undefined {
  for (let len = 1; len <= MAX_VILLAGE && i + len < folded.length; len++) {
    const c = folded[i + len - 1] as string
    if (!isHan(c.charCodeAt(0)) || chainBoundary.has(c) || c === '村') return undefined
    if (len < 2) continue
    if (folded.charCodeAt(i + len) === CUN) return { name: folded.slice(i, i + len), suffix: '村' }
    if (allowShequ && folded.startsWith('社区', i + len)) return { name: folded.slice(i, i + len), suffix: '社区' }
  }
  return undefined
}

function strongLeft(folded: string, s: number): boolean {
  if (s === 0) return true
  const c = folded[s - 1] as string
  return !isHan(c.charCodeAt(0)) || strongLeftChars.has(c)
}

/** State of one left-to-right scan of a text: where it is, and the mentions found so far. */
interface ScanState {
  readonly folded: string
  /** Village names confirmed by the first pass (empty on the first pass), with their parents. */
  readonly known: Map<string, Place | undefined>
  /** First characters of the known village names, to skip positions quickly. */
  readonly knownFirst: Set<number>
  readonly anyKnown: boolean
  readonly mentions: Mutable[]
  readonly villages: Map<string, Place | undefined>
  /** Position of the scan. */
  i: number
  /** End of the last mention or stop word: a mention starting here may chain to it. */
  lastEnd: number
  /** Dictionary ends and trie nodes of the match attempt at `i`, reused at every position. */
  readonly ends: number[]
  readonly nodes: number[]
  /** Scan positions, mention counts and `lastEnd`s at clause and sentence marks (see {@link Scan}). */
  readonly checkpoints: number[]
}

/** The longest dictionary entry at a position: places that passed the guards, or a stop word. */
type DictionaryMatch = { len: number; entries: Entry[] } | { len: number; stop: true }

/**
 * One left-to-right pass over `folded`: dictionary names (longest first, guarded), villages chained
 * to a county or township, villages with village context, and (second pass) villages already
 * confirmed in `known`.
 */
function scan(folded: string, known: Map<string, Place | undefined>): Scan {
  const state = scanState(folded, known)
  scanUntil(state, folded.length, undefined)
  return { mentions: state.mentions, villages: state.villages, checkpoints: state.checkpoints }
}

function scanState(folded: string, known: Map<string, Place | undefined>): ScanState {
  return {
    folded,
    known,
    knownFirst: new Set([...known.keys()].map((k) => k.charCodeAt(0))),
    anyKnown: known.size > 0,
    mentions: [],
    villages: new Map(),
    i: 0,
    lastEnd: 0,
    ends: [],
    nodes: [],
    checkpoints: [],
  }
}

/** Marks where a scan records a checkpoint: `。，、；` and line breaks (never the start of a place). */
function isCheckpoint(code: number): boolean {
  return code === 0x3002 || code === 0xff0c || code === 0x3001 || code === 0xff1b || code === 0x0a
}

/**
 * Scan from `state.i` until `end`, or (with `resync`) until a checkpoint after `resync.after` where
 * this scan stands as the first pass stood: returns that checkpoint's index, else -1 (`resync.from`:
 * the first pass's checkpoints before it are behind the scan).
 */
function scanUntil(state: ScanState, end: number, resync: { first: Scan; after: number; from: number } | undefined): number {
  const { starts } = gazetteer()
  const { folded, knownFirst, anyKnown, checkpoints } = state
  const firstPoints = resync?.first.checkpoints
  let point = resync?.from ?? 0
  let i = state.i
  while (i < end) {
    const code = folded.charCodeAt(i)
    // Fast path: nothing can start here and nothing is chained to the previous mention.
    if (i !== state.lastEnd && code !== CUN && starts[code] === 0 && !(anyKnown && knownFirst.has(code))) {
      if (isCheckpoint(code)) {
        if (firstPoints === undefined) checkpoints.push(i, state.mentions.length, state.lastEnd)
        else if (resync !== undefined && i > resync.after) {
          while (point < firstPoints.length && (firstPoints[point] as number) < i) point += 3
          if (firstPoints[point] === i && firstPoints[point + 2] === state.lastEnd) {
            state.i = i
            return point
          }
        }
      }
      i++
      continue
    }
    state.i = i
    scanAt(state, code)
    i = state.i
  }
  state.i = i
  return -1
}

/** Where a village confirmed by the first pass is written (`name` + 村), sorted. */
function knownVillagePositions(folded: string, known: Map<string, Place | undefined>): number[] {
  const at: number[] = []
  for (const name of known.keys()) {
    const written = name + '村'
    for (let k = folded.indexOf(written); k >= 0; k = folded.indexOf(written, k + 1)) at.push(k)
  }
  return at.sort((a, b) => a - b)
}

/** Index (in `checkpoints`, by threes) of the last checkpoint at or before `at`, not before `from`; -1 if none. */
function lastCheckpointAtOrBefore(checkpoints: readonly number[], at: number, from: number): number {
  let lo = from / 3
  let hi = checkpoints.length / 3
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((checkpoints[mid * 3] as number) <= at) lo = mid + 1
    else hi = mid
  }
  return lo * 3 - 3 >= from ? lo * 3 - 3 : -1
}

/**
 * The second pass, with the villages the first pass confirmed, giving the mentions a whole second
 * scan gives: it only differs from the first pass where a known village is written, so the first
 * pass's mentions are taken up to the checkpoint before each such place, the text is scanned from
 * there, and the first pass's mentions are taken again once the scan stands at a checkpoint as the
 * first pass did (the scan reads nothing before a checkpoint: no mention spans one or chains across it).
 */
function rescan(folded: string, first: Scan, known: Map<string, Place | undefined>): Scan {
  const state = scanState(folded, known)
  const points = first.checkpoints
  const villages = knownVillagePositions(folded, known)
  // In step with the first pass at its checkpoint `synced` (-1: the start), after `taken` of its mentions.
  let synced = -1
  let taken = 0
  let next = 0
  for (;;) {
    while (next < villages.length && (villages[next] as number) < state.i) next++
    const village = villages[next]
    const to = village === undefined ? -1 : lastCheckpointAtOrBefore(points, village, synced < 0 ? 0 : synced)
    const count = village === undefined ? first.mentions.length : to >= 0 ? (points[to + 1] as number) : taken
    for (let k = taken; k < count; k++) state.mentions.push(first.mentions[k] as Mutable)
    if (village === undefined) {
      state.i = folded.length
      break
    }
    if (to >= 0 && (points[to] as number) >= state.i) {
      state.i = points[to] as number
      state.lastEnd = points[to + 2] as number
    }
    synced = scanUntil(state, folded.length, { first, after: village, from: to >= 0 ? to : 0 })
    if (synced < 0) break
    taken = points[synced + 1] as number
  }
  return { mentions: state.mentions, villages: state.villages, checkpoints: [] }
}

/** Record a mention and move the scan past it. */
function pushMention(state: ScanState, m: Mutable): void {
  state.mentions.push(m)
  state.lastEnd = m.end
  state.i = m.end
}

/** Record a village mention (`name` + `suffix` at `start`) and remember its name for the second pass. */
function pushVillage(state: ScanState, start: number, name: string, suffix: string, parent: Place | undefined, parentMention?: Mutable): void {
  const place = village(name, suffix, parent)
  if (!state.villages.has(name)) state.villages.set(name, parent)
  const m: Mutable = { start, end: start + name.length + suffix.length, place, candidates: [place], alias: false, resolvedBy: 'village' }
  if (parentMention && !parent) m.parentMention = parentMention
  pushMention(state, m)
}

/**
 * The scan at a position where a place may start (`code` is the character there): records a
 * mention and moves past it, skips a stop word, or moves on by one character.
 */
function scanAt(state: ScanState, code: number): void {
  const { folded, i } = state
  const prev = state.mentions[state.mentions.length - 1]
  const chainPrev = prev && prev.end === i ? prev : undefined
  const anchors = chainPrev ? anchorsOf(chainPrev) : noAnchors
  // Villages already confirmed in this text (second pass).
  if (state.anyKnown && state.knownFirst.has(code) && knownVillageAt(state, chainPrev)) return
  const match = dictionaryMatchAt(state, anchors)
  if (chainPrev && chainedVillageAt(state, match, chainPrev, anchors)) return
  if (match && 'stop' in match) {
    state.i += match.len
    state.lastEnd = state.i
    return
  }
  if (match) {
    const end = i + match.len
    // `河北村党支部`: a place name followed by 村 and village context is a village.
    const dictName = folded.slice(i, end)
    if (
      !chainPrev &&
      end < folded.length &&
      folded.charCodeAt(end) === CUN &&
      hasRightContext(folded, end + 1) &&
      strongLeft(folded, i) &&
      validVillageName(dictName)
    ) {
      pushVillage(state, i, dictName, '村', undefined)
      return
    }
    pushMention(state, resolve(i, end, match.entries, chainPrev))
    return
  }
  if (code === CUN && villageBeforeCunAt(state)) return
  state.i++
}

/** A village confirmed by the first pass starting at the scan position (`XX村`): recorded if found. */
function knownVillageAt(state: ScanState, chainPrev: Mutable | undefined): boolean {
  const { folded, i, known } = state
  let hit: string | undefined
  for (let len = MAX_VILLAGE; len >= 2; len--) {
    const name = folded.slice(i, i + len)
    // (Reading past the end gives NaN, and optimised code that never saw it is thrown away.)
    if (i + len < folded.length && folded.charCodeAt(i + len) === CUN && known.has(name)) {
      hit = name
      break
    }
  }
  if (hit === undefined) return false
  const chained = chainPrev && chainPrev.place && chainPrev.place.level !== 'village' ? chainPrev.place : undefined
  pushVillage(state, i, hit, '村', chained ?? known.get(hit))
  return true
}

/** Longest dictionary match at the scan position that passes the guards (a stop word ends the search). */
function dictionaryMatchAt(state: ScanState, anchors: readonly Place[]): DictionaryMatch | undefined {
  const g = gazetteer()
  const { trie } = g
  const { folded, i, ends, nodes } = state
  const n = folded.length
  let node = 0
  let found = 0
  for (let j = i; j < n; j++) {
    const next = trie.get(node, folded.charCodeAt(j))
    if (next === -1) break
    node = next
    if (g.isTerminal(node)) {
      ends[found] = j + 1
      nodes[found] = node
      found++
    }
  }
  for (let k = found - 1; k >= 0; k--) {
    const t = g.terminal(nodes[k] as number)
    const end = ends[k] as number
    if (t === STOP) return { len: end - i, stop: true }
    if (!t) continue
    // Most of the text reaches this point (common hanzi start some name) and most entries fail
    // the guards: loops and a lazily created list keep it from allocating per character.
    let ok: Entry[] | undefined
    for (const e of t) {
      if (e.guarded && !insideAny(e.place, anchors)) continue
      if (e.alias && followedByNotPlace(folded, end)) continue
      if (ok) ok.push(e)
      else ok = [e]
    }
    if (ok) return { len: end - i, entries: ok }
  }
  return undefined
}

/**
 * A village right after a county or township (`双龙镇十八洞村`, `天池店乡河北村`), unless the
 * dictionary offers a place inside the predecessor; after a city only with more evidence. Recorded if found.
 */
function chainedVillageAt(state: ScanState, match: DictionaryMatch | undefined, chainPrev: Mutable, anchors: readonly Place[]): boolean {
  const { folded, i } = state
  const low = anchors.some((a) => a.level === 'township' || a.level === 'county')
  const city = anchors.some((a) => a.level === 'city')
  let v: { name: string; suffix: string } | undefined
  if (match && 'entries' in match) {
    const end = i + match.len
    const townShort = match.entries.every((e) => e.alias && e.place.level === 'township')
    // A closure over `anchors` would give every iteration of the scan loop its own context.
    let consistent = false
    for (const e of match.entries) if (insideAny(e.place, anchors)) consistent = true
    // `宁德赤溪村`: a township's short form followed by 村 is the village of that name.
    if ((low || city) && townShort && end < folded.length && folded.charCodeAt(end) === CUN) v = { name: folded.slice(i, end), suffix: '村' }
    else if (!consistent && (low || city)) v = forwardVillage(folded, i, anchors.some((a) => a.level === 'township'))
  } else if (low || city) {
    v = forwardVillage(folded, i, anchors.some((a) => a.level === 'township'))
  }
  if (v && !low && !(match && 'entries' in match) && !hasRightContext(folded, i + v.name.length + v.suffix.length)) v = undefined
  if (v && validVillageName(v.name) && !notStart.some((w) => v.name.startsWith(w))) {
    pushVillage(state, i, v.name, v.suffix, chainPrev.place, chainPrev)
    return true
  }
  return false
}

/** `XX村` with village context after it and a clear left edge (`的坪里村村民`), the scan being at 村: recorded if found. */
function villageBeforeCunAt(state: ScanState): boolean {
  const { folded, i, lastEnd } = state
  if (!hasRightContext(folded, i + 1)) return false
  let s = i
  while (s > lastEnd && i - s < MAX_VILLAGE) {
    const c = folded[s - 1] as string
    if (!isHan(c.charCodeAt(0)) || leftBoundary.has(c) || c === '村') break
    s--
  }
  const name = folded.slice(s, i)
  if (validVillageName(name) && strongLeft(folded, s) && !notStart.some((w) => name.startsWith(w))) {
    pushVillage(state, s, name, '村', undefined)
    return true
  }
  return false
}

function resolve(start: number, end: number, entries: Entry[], chainPrev: Mutable | undefined): Mutable {
  let candidates: Place[] = entries.map((e) => e.place)
  const alias = entries.every((e) => e.alias)
  const m: Mutable = { start, end, place: undefined, candidates, alias, resolvedBy: undefined }
  if (chainPrev) {
    const anchors = anchorsOf(chainPrev)
    const inside = candidates.filter((c) => anchors.some((a) => strictlyInside(c, a)))
    if (inside.length > 0) {
      candidates = inside
      m.candidates = inside
      if (inside.length === 1 && entries.length > 1) {
        m.place = inside[0]
        m.resolvedBy = 'chain'
      }
      // The successor can settle an ambiguous predecessor (`鼓楼区` … is not needed, but `朝阳区` 三里屯 is).
      if (!chainPrev.place && inside.length === 1) {
        const outer = anchors.filter((a) => strictlyInside(inside[0] as Place, a))
        if (outer.length === 1) {
          chainPrev.place = outer[0]
          chainPrev.resolvedBy = 'chain'
        }
      }
    }
  }
  if (!m.place && candidates.length === 1) {
    m.place = candidates[0]
    m.resolvedBy = 'unique'
  }
  if (!m.place) {
    // One candidate contains all the others (`吉林` if both 吉林省 and 吉林市 were listed).
    const top = candidates.find((c) => candidates.every((o) => isWithin(o, c)))
    if (top) {
      m.place = top
      m.resolvedBy = 'nesting'
    }
  }
  return m
}

function documentPass(mentions: Mutable[]): void {
  const seen = new Set<Place>()
  const g = gazetteer()
  const seenOrAncestor = (p: Place): boolean => {
    let q: Place | undefined = p
    while (q) {
      if (seen.has(q)) return true
      q = q.parentCode ? g.byCode.get(q.parentCode) : undefined
    }
    return false
  }
  for (const m of mentions) {
    if (!m.place && m.candidates.length > 1) {
      const fit = m.candidates.filter(seenOrAncestor)
      if (fit.length === 1) {
        m.place = fit[0]
        m.resolvedBy = 'document'
      }
    }
    if (m.place && m.place.level !== 'village' && m.place.code !== COUNTRY_CODE) seen.add(m.place)
  }
}

/**
 * Every place name in `text`, left to right, longest match first, with UTF-16 offsets into `text`.
 * Traditional input is folded to simplified for matching only. Runs in time linear in the text.
 */
export function findPlaces(text: string, options: FindOptions = {}): PlaceMention[] {
  return placesOf(text, options, false)
}

/**
 * {@link findPlaces}, with the second pass (when the first confirmed villages) a whole scan of the
 * text again (`wholeSecondPass`) or only the stretches around the known villages (the same
 * mentions; tests compare the two).
 */
export function placesOf(text: string, options: FindOptions, wholeSecondPass: boolean): PlaceMention[] {
  const folded = foldToSimplified(text)
  let result = scan(folded, new Map())
  if (result.villages.size > 0) result = wholeSecondPass ? scan(folded, result.villages) : rescan(folded, result, result.villages)
  if ((options.context ?? 'document') === 'document') documentPass(result.mentions)
  for (const m of result.mentions) {
    if (m.parentMention?.place && m.place?.level === 'village') {
      const v = village(m.place.shortName, m.place.name.slice(m.place.shortName.length), m.parentMention.place)
      m.place = v
      m.candidates = [v]
    }
  }
  return result.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    place: m.place,
    candidates: m.candidates,
    alias: m.alias,
    resolvedBy: m.place ? m.resolvedBy : undefined,
  }))
}
