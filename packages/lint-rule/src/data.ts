/**
 * Every key of `file.data` that jiaodui's plugins share, with who writes it.
 * Each writer declares the key's type in vfile's `DataMap` next to its code;
 * rules name what they write (`meta.produces`) and read (`meta.consumes`), so the
 * order of plugins is checked, not implied by the order of a list.
 */
export const dataKeys = {
  settings: 'the engine: the config\'s shared `settings` (region, date, allow-list)',
  format: 'the parser or the engine: `txt`, `md` or `html`',
  encoding: 'the CLI: the encoding the file was decoded from',
  blocks: 'the Markdown/HTML bridge: block elements, so deletions take their markup along',
  meta: 'no-scraped-boilerplate: what the article says about itself (date, place, outlet, authors)',
  lineFingerprints: 'no-repeated-boilerplate: normalised lines, for the corpus phase',
  lineSource: 'no-repeated-boilerplate: the source (site) of the file, for site templates',
  claims: 'the claim rules (@jiaodui/claims): numeric claims with their frames',
  region: 'no-mixed-variant (through zh-script\'s regionOf, which any script rule may call first): the region the article is judged against'
} as const

/** A key of `file.data` listed in `dataKeys`. */
export type DataKey = keyof typeof dataKeys

interface OrderedRule {
  meta: {ruleId: string; produces?: DataKey[] | undefined; consumes?: DataKey[] | undefined}
}

/**
 * Check that every key a rule consumes, when a rule in the list produces it, is
 * produced before it (rules cope with a key no rule of the list writes; keys
 * the engine or parser set, `settings`, `format`, `encoding`, need no rule).
 * Returns the problems; an empty list means the order is sound.
 */
export function checkDataOrder(rules: readonly OrderedRule[]): string[] {
  const provided = new Set<DataKey>(['settings', 'format', 'encoding', 'blocks'])
  const producers = new Map<DataKey, string>()
  for (const rule of rules) for (const key of rule.meta.produces ?? []) if (!producers.has(key)) producers.set(key, rule.meta.ruleId)
  const problems: string[] = []
  for (const rule of rules) {
    for (const key of rule.meta.consumes ?? []) {
      if (provided.has(key)) continue
      // Without a producer among the rules, the reader copes with the key absent.
      const producer = producers.get(key)
      if (producer) problems.push(`\`${rule.meta.ruleId}\` reads file.data.${key}, written by \`${producer}\`, which runs after it`)
    }
    for (const key of rule.meta.produces ?? []) provided.add(key)
  }
  return problems
}
