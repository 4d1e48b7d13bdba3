/**
 * A cheap test that lets most lines skip most patterns: the characters of which
 * every match of a pattern must contain at least one.
 *
 * Testing a line against a pattern it cannot match still costs V8 a regex
 * compile: the first run interprets the pattern, the second compiles it to
 * machine code. On one article that compiling was most of the rule's time
 * (≈80 ms of a ≈300 ms check). Nearly every pattern names its words
 * (`责任编辑`, `来源`, `记者`): a line without any of the characters of one
 * required part cannot match, and the pattern is not run on it.
 */
import {normalise, parseRegex, type Node, type Ranges} from './regex-safety.js'

/**
 * The code points a match of `source` can start with, when the pattern is
 * anchored at the start (`^…`, no alternative beside it) and cannot match the
 * empty string; undefined otherwise. Sound: a text (every pattern runs on a
 * text from its start, without the `m` flag) whose first code point is not in
 * the ranges is never matched. Most line patterns begin with the words they
 * name (`^[(（]?\s{0,2}(?:本报|新华社|…)`), where `requiredCharacters` finds a
 * set that common characters (中, 新) hit on nearly every line.
 */
export function firstCharacters(source: string): Ranges | undefined {
  if (!source.startsWith('^')) return undefined
  const tree = parseRegex(source)
  if (tree.type !== 'seq' || tree.items[0]?.type !== 'anchor') return undefined
  const rest = first({type: 'seq', items: tree.items.slice(1)})
  return rest && !rest.nullable && rest.set.length > 0 ? rest.set : undefined
}

/** Whether the first code point of `text` is in `ranges` (sorted and disjoint, from `firstCharacters`). */
export function startsWithAny(text: string, ranges: Ranges): boolean {
  const code = text.codePointAt(0)
  if (code === undefined) return false
  for (const [from, to] of ranges) {
    if (code < from) return false
    if (code <= to) return true
  }
  return false
}

/** The characters a match of `node` can start with, and whether it can match nothing; undefined when unknown. */
function first(node: Node): {set: Ranges; nullable: boolean} | undefined {
  switch (node.type) {
    case 'chars':
      return {set: node.set, nullable: false}
    case 'group':
      return first(node.body)
    case 'look':
    case 'anchor':
      // Zero-width: the next item matches the first character.
      return {set: [], nullable: true}
    case 'repeat': {
      if (node.max === 0) return {set: [], nullable: true}
      const body = first(node.body)
      return body && {set: body.set, nullable: node.min === 0 || body.nullable}
    }
    case 'seq': {
      const union: Ranges = []
      for (const item of node.items) {
        const part = first(item)
        if (!part) return undefined
        union.push(...part.set)
        if (!part.nullable) return {set: normalise(union), nullable: false}
      }
      return {set: normalise(union), nullable: true}
    }
    case 'alt': {
      const union: Ranges = []
      let nullable = false
      for (const option of node.options) {
        const part = first(option)
        if (!part) return undefined
        union.push(...part.set)
        nullable ||= part.nullable
      }
      return {set: normalise(union), nullable}
    }
    default:
      // A back-reference matches what its group matched: anything.
      return undefined
  }
}

/** Required sets larger than this are not worth testing (a line would nearly always have one). */
const largestSet = 64

/**
 * The characters of which every match of `source` contains at least one, as a
 * string of code points, or undefined when no small set is required (the
 * pattern must then be run on every line). Sound: a text containing none of
 * them is never matched.
 */
export function requiredCharacters(source: string): string | undefined {
  const set = required(parseRegex(source))
  if (!set) return undefined
  let characters = ''
  for (const [from, to] of set) for (let code = from; code <= to; code++) characters += String.fromCodePoint(code)
  return characters
}

/** At most this many sets are kept by `requiredCharacterSets` (each is one more lookup per line). */
const mostSets = 4

/**
 * Every set of characters a match of `source` must contain one of, the smallest first (at most
 * four): all the mandatory parts of a sequence are required at once (`^…[长長]…\s{1,4}…$` needs a
 * role word's character and a space), where `requiredCharacters` keeps only the smallest. Each set
 * is a string of code points; empty when none is small enough. Sound: a text missing every
 * character of any one set is never matched.
 */
export function requiredCharacterSets(source: string): string[] {
  const sets = allRequired(parseRegex(source))
  const unique = new Map<string, number>()
  for (const set of sets) {
    let characters = ''
    for (const [from, to] of set) for (let code = from; code <= to; code++) characters += String.fromCodePoint(code)
    unique.set(characters, size(set))
  }
  return [...unique].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, mostSets).map(([characters]) => characters)
}

/** Every small set a match of `node` hits one of. */
function allRequired(node: Node): Ranges[] {
  switch (node.type) {
    case 'chars':
      return size(node.set) <= largestSet ? [node.set] : []
    case 'group':
      return allRequired(node.body)
    case 'repeat':
      return node.min >= 1 ? allRequired(node.body) : []
    case 'seq':
      // Every item of a sequence is matched: each of its sets is required.
      return node.items.flatMap(allRequired)
    case 'alt': {
      // One alternative is matched: the union of one set of each (`required` picks the smallest).
      const one = required(node)
      return one ? [one] : []
    }
    default:
      return []
  }
}

/**
 * Whether `text` contains one of `characters` (from `requiredCharacters`). Called for every
 * pattern on the same text in turn: the text is scanned once for all the characters any pattern
 * requires (the last text's answer is kept), not once per pattern and character.
 */
export function containsAny(text: string, characters: string): boolean {
  const ids = idsOf(characters)
  const present = presenceIn(text)
  for (let index = 0; index < ids.length; index++) if (present[ids[index]!] === 1) return true
  return false
}

/** Whether `text` contains one character of each of `sets` (from `requiredCharacterSets`). */
export function containsEach(text: string, sets: readonly string[]): boolean {
  for (const set of sets) if (!containsAny(text, set)) return false
  return true
}

/** Each required character's number (1, 2, …), by UTF-16 code unit for the BMP; 0: required by no pattern. */
const bmpIds = new Uint16Array(0x10000)
const astralIds = new Map<string, number>()
let nextId = 1
const idsOfCharacters = new Map<string, Uint16Array>()
let lastText: string | undefined
let lastPresence = new Uint8Array(0)

/** The numbers of `characters`, numbering new ones (which makes the kept answer stale). */
function idsOf(characters: string): Uint16Array {
  let ids = idsOfCharacters.get(characters)
  if (ids) return ids
  const list: number[] = []
  for (const character of characters) {
    const astral = character.length > 1
    let id = astral ? astralIds.get(character) : bmpIds[character.charCodeAt(0)]
    if (!id) {
      id = nextId++
      if (astral) astralIds.set(character, id)
      else bmpIds[character.charCodeAt(0)] = id
      lastText = undefined
    }
    list.push(id)
  }
  ids = Uint16Array.from(list)
  idsOfCharacters.set(characters, ids)
  return ids
}

/** Which required characters `text` holds: 1 at their numbers. */
function presenceIn(text: string): Uint8Array {
  if (text === lastText) return lastPresence
  const present = new Uint8Array(nextId)
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if (unit >= 0xd800 && unit <= 0xdbff && astralIds.size > 0) {
      const id = astralIds.get(text.slice(index, index + 2))
      if (id) present[id] = 1
    } else {
      const id = bmpIds[unit]!
      if (id) present[id] = 1
    }
  }
  lastText = text
  lastPresence = present
  return present
}

/** A set every match of `node` hits, the smallest found, or undefined. */
function required(node: Node): Ranges | undefined {
  switch (node.type) {
    case 'chars':
      return size(node.set) <= largestSet ? node.set : undefined
    case 'group':
      return required(node.body)
    case 'repeat':
      return node.min >= 1 ? required(node.body) : undefined
    case 'seq': {
      // Every item of a sequence is matched: the smallest set of any item will do.
      let best: Ranges | undefined
      for (const item of node.items) {
        const set = required(item)
        if (set && (!best || size(set) < size(best))) best = set
      }
      return best
    }
    case 'alt': {
      // One alternative is matched: each must have a set, and the union is required.
      const union: Ranges = []
      for (const option of node.options) {
        const set = required(option)
        if (!set) return undefined
        union.push(...set.map(([from, to]): [number, number] => [from, to]))
      }
      const merged = normalise(union)
      return size(merged) <= largestSet ? merged : undefined
    }
    default:
      // Anchors, look-arounds and back-references match no character of their own.
      return undefined
  }
}

/** How many code points `set` holds. */
function size(set: Ranges): number {
  let count = 0
  for (const [from, to] of set) count += to - from + 1
  return count
}

/** Literal sets larger than this are not kept (the cross products of a sequence grow fast). */
const largestLiteralSet = 32
/** Required sets larger than this, even cut to two characters a string, are not kept. */
const largestRequiredSet = 96
/** Character classes up to this size are spelled out as literals (`[编編]`). */
const largestLiteralClass = 8

/**
 * Strings of which every match of `source` contains at least one, or undefined
 * when no useful set is found: a stronger test than `requiredCharacters` (a
 * line holding 编 or 辑 but not `编辑` or `編輯` is not run through the
 * pattern). Sound: a text containing none of them is never matched. The set
 * chosen is the one whose shortest string is longest; sets of single
 * characters are left to `requiredCharacters`.
 */
export function requiredStrings(source: string): string[] | undefined {
  const best = literalsOf(parseRegex(source)).required
  return best && best.some((literal) => [...literal].length >= 2) ? best : undefined
}

/** Whether `text` contains one of `literals` (from `requiredStrings`). */
export function includesAny(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true
  return false
}

/**
 * What a node's matches are made of: `exact`, every string it can match (a
 * small finite set), and `required`, a set of which each match contains one.
 */
interface Literals {
  exact: string[] | undefined
  required: string[] | undefined
}

const empty: Literals = {exact: [''], required: undefined}
const unknown: Literals = {exact: undefined, required: undefined}

function literalsOf(node: Node): Literals {
  switch (node.type) {
    case 'chars': {
      if (size(node.set) > largestLiteralClass) return unknown
      const exact: string[] = []
      for (const [from, to] of node.set) for (let code = from; code <= to; code++) exact.push(String.fromCodePoint(code))
      return {exact, required: exact}
    }
    case 'group':
      return literalsOf(node.body)
    case 'look':
    case 'anchor':
      // Zero-width: it consumes nothing.
      return empty
    case 'repeat':
      return repeatLiterals(node.body, node.min, node.max)
    case 'seq':
      return sequenceLiterals(node.items)
    case 'alt':
      return alternativeLiterals(node.options)
    default:
      // A back-reference matches what its group matched: anything.
      return unknown
  }
}

function repeatLiterals(body: Node, min: number, max: number): Literals {
  if (max === 0) return empty
  const inner = literalsOf(body)
  let exact: string[] | undefined
  if (min === max && inner.exact && inner.exact.length ** min <= largestLiteralSet) {
    exact = ['']
    for (let count = 0; count < min; count++) exact = cross(exact, inner.exact)
  }
  return {exact, required: min >= 1 ? better(inner.required, usable(inner.exact)) : undefined}
}

function sequenceLiterals(items: readonly Node[]): Literals {
  let run = ['']
  let whole = true
  let best: string[] | undefined
  for (const item of items) {
    const part = literalsOf(item)
    if (part.exact && run.length * part.exact.length <= largestLiteralSet) {
      run = cross(run, part.exact)
      continue
    }
    // The run of exactly known items ends here: each match holds one of its strings.
    best = better(best, usable(run))
    best = better(best, part.required)
    whole = false
    run = part.exact ?? ['']
  }
  best = better(best, usable(run))
  return {exact: whole ? run : undefined, required: best}
}

function alternativeLiterals(options: readonly Node[]): Literals {
  const exact = new Set<string>()
  const required = new Set<string>()
  let exactKnown = true
  let requiredKnown = true
  for (const option of options) {
    const part = literalsOf(option)
    if (part.exact) for (const literal of part.exact) exact.add(literal)
    else exactKnown = false
    const set = better(part.required, usable(part.exact))
    if (set) for (const literal of set) required.add(literal)
    else requiredKnown = false
  }
  return {
    exact: exactKnown && exact.size <= largestLiteralSet ? [...exact] : undefined,
    required: requiredKnown ? shrink([...required]) : undefined
  }
}

/**
 * A required set small enough to keep: cut to the first two characters of each
 * string when it is too large (a text holding `转载请注明` holds `转载`), or
 * undefined when that does not do.
 */
function shrink(set: string[]): string[] | undefined {
  if (set.length <= largestLiteralSet) return set
  const cut = [...new Set(set.map((literal) => [...literal].slice(0, 2).join('')))]
  return cut.length <= largestRequiredSet ? cut : undefined
}

/** Every string of `left` followed by every string of `right`. */
function cross(left: readonly string[], right: readonly string[]): string[] {
  const out = new Set<string>()
  for (const a of left) for (const b of right) out.add(a + b)
  return [...out]
}

/** A set that can serve as required: none of its strings empty. */
function usable(set: string[] | undefined): string[] | undefined {
  return set && set.length > 0 && set.every((literal) => literal.length > 0) ? set : undefined
}

/** The more selective of two required sets: the longer shortest string, then the fewer strings. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b
  if (!b) return a
  const shortest = (set: string[]): number => Math.min(...set.map((literal) => [...literal].length))
  const difference = shortest(b) - shortest(a)
  if (difference !== 0) return difference > 0 ? b : a
  return b.length < a.length ? b : a
}
