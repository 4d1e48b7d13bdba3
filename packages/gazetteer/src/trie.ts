/**
 * A character trie in typed arrays: open addressing on (node, UTF-16 code unit) → child node, so that
 * walking it allocates nothing (a `Map` keyed by `node * 65536 + char` boxes keys above 2^31).
 */
export class CharTrie {
  private keysNode: Int32Array
  private keysChar: Uint16Array
  private values: Int32Array
  private mask: number
  private count = 0
  /** Number of nodes, the root (0) included. */
  size = 1

  constructor(capacityHint = 1024) {
    let cap = 1024
    while (cap < capacityHint * 2) cap *= 2
    this.keysNode = new Int32Array(cap).fill(-1)
    this.keysChar = new Uint16Array(cap)
    this.values = new Int32Array(cap)
    this.mask = cap - 1
  }

  private slot(node: number, ch: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(ch + 1, 0x85ebca77)) & this.mask
  }

  /** Child of `node` by `ch`, or -1. */
  get(node: number, ch: number): number {
    let s = this.slot(node, ch)
    for (;;) {
      const k = this.keysNode[s] as number
      if (k === -1) return -1
      if (k === node && this.keysChar[s] === ch) return this.values[s] as number
      s = (s + 1) & this.mask
    }
  }

  /** Child of `node` by `ch`, created when missing. */
  child(node: number, ch: number): number {
    const found = this.get(node, ch)
    if (found !== -1) return found
    if ((this.count + 1) * 2 > this.mask + 1) this.grow()
    let s = this.slot(node, ch)
    while (this.keysNode[s] !== -1) s = (s + 1) & this.mask
    this.keysNode[s] = node
    this.keysChar[s] = ch
    this.values[s] = this.size
    this.count++
    return this.size++
  }

  private grow(): void {
    const { keysNode, keysChar, values } = this
    const cap = (this.mask + 1) * 2
    this.keysNode = new Int32Array(cap).fill(-1)
    this.keysChar = new Uint16Array(cap)
    this.values = new Int32Array(cap)
    this.mask = cap - 1
    for (let i = 0; i < keysNode.length; i++) {
      const node = keysNode[i] as number
      if (node === -1) continue
      let s = this.slot(node, keysChar[i] as number)
      while (this.keysNode[s] !== -1) s = (s + 1) & this.mask
      this.keysNode[s] = node
      this.keysChar[s] = keysChar[i] as number
      this.values[s] = values[i] as number
    }
  }
}
