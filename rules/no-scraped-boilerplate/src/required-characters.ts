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
