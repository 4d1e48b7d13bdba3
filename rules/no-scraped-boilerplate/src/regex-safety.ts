/**
 * A static check of regular-expression source for catastrophic backtracking.
 *
 * Pattern data is written by people and runs on every line of every file, so
 * the loader refuses patterns whose matching time can blow up: it parses the
 * source (JavaScript syntax, `u` flag) into a small tree and rejects
 *
 * 1. back-references (`\1`, `\k<name>`): not regular, and not needed here;
 * 2. nested repetition: a quantifier that can repeat (max > 1) around a part
 *    that has a variable-length quantifier of its own, when either of them is
 *    unbounded (`(a+)+`, `(?:\s*x)*`, `(a{1,3})+`) or the product of their
 *    maxima exceeds 1000 (`(a{1,100}){1,100}`);
 * 3. repeated alternation with overlapping alternatives: a repeated group whose
 *    alternatives can start with the same character, or can match nothing
 *    (`(a|a)*`, `(a|ab)+`, `(\d|\w){2,}`, `(a|)*`);
 * 4. adjacent unbounded quantifiers over overlapping characters (`\s*\s*`,
 *    `.*.*`, `\d+\w+`), which make a failing search quadratic.
 *
 * The check is conservative: it may refuse a pattern that is in fact safe
 * (write bounded quantifiers such as `\s{0,3}` instead), never the reverse for
 * the shapes above.
 */

/** Why a pattern was refused. */
export class UnsafePatternError extends Error {
  readonly pattern: string
  constructor(pattern: string, why: string) {
    super(`Unsafe pattern \`${pattern}\`: ${why}`)
    this.name = 'UnsafePatternError'
    this.pattern = pattern
  }
}

/** A set of code points as sorted, disjoint, inclusive ranges. */
export type Ranges = Array<[number, number]>

const maxCodePoint = 0x10ffff

/** The parsed form of a pattern: what `parseRegex` returns. */
export type Node =
  | {type: 'alt'; options: Node[]}
  | {type: 'seq'; items: Node[]}
  | {type: 'chars'; set: Ranges}
  | {type: 'group'; body: Node; capturing: boolean}
  | {type: 'look'; body: Node}
  | {type: 'anchor'}
  | {type: 'backref'}
  | {type: 'repeat'; body: Node; min: number; max: number}

/** Parse `source` and throw `UnsafePatternError` when it may backtrack catastrophically. */
export function assertSafePattern(source: string): void {
  let tree: Node
  try {
    tree = new Parser(source).parse()
  } catch (error) {
    throw new UnsafePatternError(source, error instanceof Error ? error.message : String(error))
  }
  const why = check(tree)
  if (why) throw new UnsafePatternError(source, why)
}

/** Parse `source` (JavaScript syntax, `u` flag) into the tree the checks read; throws on invalid syntax. */
export function parseRegex(source: string): Node {
  return new Parser(source).parse()
}

/** Whether `source` passes `assertSafePattern`. */
export function isSafePattern(source: string): boolean {
  try {
    assertSafePattern(source)
    return true
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------
// Character sets.

/** Sorted, merged ranges. */
export function normalise(ranges: Ranges): Ranges {
  const sorted = ranges.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0])
  const out: Ranges = []
  for (const [a, b] of sorted) {
    const last = out.at(-1)
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

function complement(ranges: Ranges): Ranges {
  const out: Ranges = []
  let next = 0
  for (const [a, b] of normalise(ranges)) {
    if (a > next) out.push([next, a - 1])
    next = b + 1
  }
  if (next <= maxCodePoint) out.push([next, maxCodePoint])
  return out
}

function overlaps(a: Ranges, b: Ranges): boolean {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i]!
    const [b0, b1] = b[j]!
    if (a0 <= b1 && b0 <= a1) return true
    if (a1 < b1) i++
    else j++
  }
  return false
}

const digit: Ranges = [[0x30, 0x39]]
const word: Ranges = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]]
const space: Ranges = normalise([
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]
])
const han: Ranges = [
  [0x2e80, 0x2fdf], [0x3005, 0x3007], [0x3021, 0x3029], [0x3038, 0x303b],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x3ffff]
]
const any: Ranges = [[0, maxCodePoint]]
const dot: Ranges = complement([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]])

/** `\p{…}`: Han is known exactly; any other property is taken as "anything". */
function property(name: string): Ranges {
  return /^(?:Script(?:_Extensions)?=|sc=|scx=)?Han(?:i)?$/.test(name) ? han : any
}

// ---------------------------------------------------------------------------
// Parser (the subset of JavaScript regex syntax valid with the `u` flag).

class Parser {
  private index = 0
  constructor(private readonly source: string) {}

  parse(): Node {
    // Let the engine reject invalid syntax first, with its own message.
    new RegExp(this.source, 'u')
    const node = this.alternation()
    if (this.index < this.source.length) throw new Error(`unexpected \`${this.source[this.index]}\``)
    return node
  }

  private peek(): string | undefined {
    return this.source[this.index]
  }

  private alternation(): Node {
    const options = [this.sequence()]
    while (this.peek() === '|') {
      this.index++
      options.push(this.sequence())
    }
    return options.length === 1 ? options[0]! : {type: 'alt', options}
  }

  private sequence(): Node {
    const items: Node[] = []
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom()
      items.push(this.quantified(atom))
    }
    return {type: 'seq', items}
  }

  private quantified(atom: Node): Node {
    const char = this.peek()
    let min: number
    let max: number
    if (char === '*') [min, max] = [0, Infinity]
    else if (char === '+') [min, max] = [1, Infinity]
    else if (char === '?') [min, max] = [0, 1]
    else if (char === '{') {
      const match = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.index))
      if (!match) return atom
      min = Number(match[1])
      max = match[2] ? (match[3] ? Number(match[3]) : Infinity) : min
      this.index += match[0].length - 1
    } else return atom
    this.index++
    if (this.peek() === '?') this.index++ // lazy: same backtracking behaviour
    if (atom.type === 'anchor' || atom.type === 'look') return atom
    return {type: 'repeat', body: atom, min, max}
  }

  private atom(): Node {
    const char = this.peek()!
    switch (char) {
      case '^':
      case '$':
        this.index++
        return {type: 'anchor'}
      case '.':
        this.index++
        return {type: 'chars', set: dot}
      case '[':
        return this.characterClass()
      case '(':
        return this.group()
      case '\\':
        return this.escape(false) as Node
      default: {
        const code = this.source.codePointAt(this.index)!
        this.index += code > 0xffff ? 2 : 1
        return {type: 'chars', set: [[code, code]]}
      }
    }
  }

  private group(): Node {
    this.index++ // (
    let kind: 'capture' | 'plain' | 'look' = 'capture'
    const rest = this.source.slice(this.index)
    if (rest.startsWith('?:')) {
      kind = 'plain'
      this.index += 2
    } else if (/^\?<?[=!]/.test(rest)) {
      kind = 'look'
      this.index += rest[1] === '<' ? 3 : 2
    } else if (rest.startsWith('?<')) {
      const end = rest.indexOf('>')
      this.index += end + 1
    }
    const body = this.alternation()
    if (this.peek() !== ')') throw new Error('unterminated group')
    this.index++
    if (kind === 'look') return {type: 'look', body}
    return {type: 'group', body, capturing: kind === 'capture'}
  }

  /** An escape; inside a class, returns ranges (or undefined for `\b` = backspace). */
  private escape(inClass: boolean): Node | Ranges {
    this.index++ // backslash
    const char = this.peek()!
    this.index++
    const set = (ranges: Ranges): Node | Ranges => (inClass ? ranges : {type: 'chars', set: ranges})
    switch (char) {
      case 'd':
        return set(digit)
      case 'D':
        return set(complement(digit))
      case 'w':
        return set(word)
      case 'W':
        return set(complement(word))
      case 's':
        return set(space)
      case 'S':
        return set(complement(space))
      case 'p':
      case 'P': {
        const match = /^\{([^}]*)\}/.exec(this.source.slice(this.index))
        if (!match) throw new Error('bad property escape')
        this.index += match[0].length
        const ranges = property(match[1]!)
        return set(char === 'P' ? (ranges === any ? any : complement(ranges)) : ranges)
      }
      case 'b':
      case 'B':
        if (inClass) return [[8, 8]]
        return {type: 'anchor'}
      case 'k':
        if (inClass) throw new Error('bad escape')
        this.index = this.source.indexOf('>', this.index) + 1
        return {type: 'backref'}
      case 'u': {
        const match = /^(?:\{([\da-fA-F]+)\}|([\da-fA-F]{4}))/.exec(this.source.slice(this.index))
        if (!match) throw new Error('bad unicode escape')
        this.index += match[0].length
        const code = parseInt(match[1] ?? match[2]!, 16)
        return set([[code, code]])
      }
      case 'x': {
        const code = parseInt(this.source.slice(this.index, this.index + 2), 16)
        this.index += 2
        return set([[code, code]])
      }
      case 'c': {
        const code = this.source.charCodeAt(this.index) % 32
        this.index++
        return set([[code, code]])
      }
      case 'n':
        return set([[0x0a, 0x0a]])
      case 'r':
        return set([[0x0d, 0x0d]])
      case 't':
        return set([[0x09, 0x09]])
      case 'f':
        return set([[0x0c, 0x0c]])
      case 'v':
        return set([[0x0b, 0x0b]])
      case '0':
        return set([[0, 0]])
      default: {
        if (/[1-9]/.test(char)) {
          if (inClass) throw new Error('bad escape')
          while (/\d/.test(this.peek() ?? '')) this.index++
          return {type: 'backref'}
        }
        const code = char.codePointAt(0)!
        return set([[code, code]])
      }
    }
  }

  private characterClass(): Node {
    this.index++ // [
    let negated = false
    if (this.peek() === '^') {
      negated = true
      this.index++
    }
    const ranges: Ranges = []
    const single = (): Ranges => {
      if (this.peek() === '\\') return this.escape(true) as Ranges
      const code = this.source.codePointAt(this.index)!
      this.index += code > 0xffff ? 2 : 1
      return [[code, code]]
    }
    while (this.index < this.source.length && this.peek() !== ']') {
      const from = single()
      if (this.peek() === '-' && this.source[this.index + 1] !== ']' && from.length === 1 && from[0]![0] === from[0]![1]) {
        this.index++
        const to = single()
        ranges.push([from[0]![0], to[0]![1]])
      } else {
        ranges.push(...from)
      }
    }
    if (this.peek() !== ']') throw new Error('unterminated character class')
    this.index++
    const set = normalise(ranges)
    return {type: 'chars', set: negated ? complement(set) : set}
  }
}

// ---------------------------------------------------------------------------
// Analysis.

/** Whether a node can match the empty string. */
function nullable(node: Node): boolean {
  switch (node.type) {
    case 'alt':
      return node.options.some(nullable)
    case 'seq':
      return node.items.every(nullable)
    case 'chars':
      return false
    case 'group':
      return nullable(node.body)
    case 'repeat':
      return node.min === 0 || nullable(node.body)
    default:
      return true
  }
}

/** Characters that can start a match of `node`. */
function first(node: Node): Ranges {
  switch (node.type) {
    case 'alt':
      return normalise(node.options.flatMap(first))
    case 'seq': {
      const out: Ranges = []
      for (const item of node.items) {
        out.push(...first(item))
        if (!nullable(item)) break
      }
      return normalise(out)
    }
    case 'chars':
      return node.set
    case 'group':
    case 'repeat':
      return first(node.body)
    default:
      return []
  }
}

/** Characters that a node can match anywhere. */
function all(node: Node): Ranges {
  switch (node.type) {
    case 'alt':
      return normalise(node.options.flatMap(all))
    case 'seq':
      return normalise(node.items.flatMap(all))
    case 'chars':
      return node.set
    case 'group':
    case 'repeat':
      return all(node.body)
    default:
      return []
  }
}

/** The widest variable-length repetition inside `node`: its max, or undefined. */
function innerRepeat(node: Node): number | undefined {
  let widest: number | undefined
  const visit = (current: Node): void => {
    switch (current.type) {
      case 'alt':
        current.options.forEach(visit)
        return
      case 'seq':
        current.items.forEach(visit)
        return
      case 'group':
        visit(current.body)
        return
      case 'repeat':
        if (current.min !== current.max) widest = Math.max(widest ?? 0, current.max)
        visit(current.body)
        return
      default:
    }
  }
  visit(node)
  return widest
}

/** Top-level alternatives of a repeated body (through plain groups). */
function alternativesOf(node: Node): Node[] | undefined {
  if (node.type === 'group') return alternativesOf(node.body)
  if (node.type === 'alt') return node.options
  if (node.type === 'seq' && node.items.length === 1) return alternativesOf(node.items[0]!)
  return undefined
}

function check(node: Node): string | undefined {
  switch (node.type) {
    case 'backref':
      return 'back-references are not allowed'
    case 'alt':
      for (const option of node.options) {
        const why = check(option)
        if (why) return why
      }
      return undefined
    case 'group':
    case 'look':
      return check(node.body)
    case 'seq': {
      for (const item of node.items) {
        const why = check(item)
        if (why) return why
      }
      // Adjacent unbounded repetitions over overlapping characters.
      for (let index = 0; index + 1 < node.items.length; index++) {
        const a = node.items[index]!
        const b = node.items[index + 1]!
        if (
          a.type === 'repeat' &&
          b.type === 'repeat' &&
          a.max === Infinity &&
          b.max === Infinity &&
          overlaps(all(a.body), all(b.body))
        ) {
          return 'adjacent unbounded quantifiers over overlapping characters'
        }
      }
      return undefined
    }
    case 'repeat': {
      const why = check(node.body)
      if (why) return why
      if (node.max <= 1) return undefined
      const inner = innerRepeat(node.body)
      if (inner !== undefined) {
        if (inner === Infinity || node.max === Infinity) return 'nested quantifiers (a repeated part that repeats itself)'
        if (inner * node.max > 1000) return 'nested quantifiers with a large bound'
      }
      if (nullable(node.body)) return 'a repeated part that can match nothing'
      const options = alternativesOf(node.body)
      if (options) {
        for (let i = 0; i < options.length; i++) {
          if (nullable(options[i]!)) return 'a repeated alternation with an empty alternative'
          for (let j = i + 1; j < options.length; j++) {
            if (overlaps(first(options[i]!), first(options[j]!))) {
              return 'a repeated alternation whose alternatives overlap'
            }
          }
        }
      }
      return undefined
    }
    default:
      return undefined
  }
}
