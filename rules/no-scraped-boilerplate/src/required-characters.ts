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

/** Whether `text` contains one of `characters` (from `requiredCharacters`). */
export function containsAny(text: string, characters: string): boolean {
  for (const character of characters) if (text.includes(character)) return true
  return false
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
