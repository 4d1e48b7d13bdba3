import {latinLookalikes} from './generated/confusables.js'

/** A letter that looks like a Latin letter. */
export interface Lookalike {
  latin: string
  script: 'Cyrillic' | 'Greek'
}

let table: Map<string, Lookalike> | undefined

/** The Latin letter a Cyrillic or Greek letter looks like (`е` → `e`), if any. */
export function latinLookalike(char: string): Lookalike | undefined {
  if (!table) {
    table = new Map()
    const list = Array.from(latinLookalikes)
    for (let index = 0; index + 2 < list.length; index += 3) {
      table.set(list[index]!, {latin: list[index + 1]!, script: list[index + 2] === 'c' ? 'Cyrillic' : 'Greek'})
    }
  }
  return table.get(char)
}
