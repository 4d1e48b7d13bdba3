// Counts written as bare digits right before the noun they count, with no classifier: headline
// and box-score style in Hong Kong and Taiwan news (`同案13被告`, `拾荒养3孙`), medal tables
// (`共获3金2银3铜`), seats and nominations (`保4席`, `林郑579提名`), hits (`仅挨4安`).

import type {Quantity} from '@jiaodui/zh-number'

/**
 * The nouns such a count takes, longest first: people of a court case or a family, medals, seats,
 * nominations and votes, deaths and injuries, hits. A closed list: bare digits before any other
 * noun are more often a name (`612基金`, `上证50`), a street number or a counter of a scraped page.
 */
const BARE_NOUNS = [
  '被告人', '嫌疑人', '被告', '嫌犯', '疑犯', '子女', '儿女', '孩子', '孙子', '孙女', '侄儿', '姪儿', '孙', '童',
  '议席', '席位', '席', '提名', '反对', '赞成', '弃权', '安打', '金', '银', '铜', '死', '伤', '安'
]
/** Nouns of one character that start longer words (`金融`, `银行`, `死亡`, `安全`): only before a non-Han character, or 牌/的 after a medal (`7铜的总成绩`). */
const NEEDS_BREAK = /^[金银铜死伤安]$/
/** What may stand right before the digits: not a letter, digit or mark of a code, an ordinal or a range. */
const CODE_BEFORE = /[A-Za-z0-9０-９.．\-－_/／#＃第~～]$/

/**
 * The noun a bare count of digits counts, when the text right after the digits is one of the
 * closed list (`13被告` → 被告); otherwise `undefined`. The digits are one to four, with no
 * separator, decimal point or unit of zh-number's own.
 */
export function bareCountedNoun(folded: string, q: Quantity): string | undefined {
  if (q.kind !== 'count' || q.unit !== null || q.value === null) return undefined
  if (!/^\d{1,4}$/.test(folded.slice(q.start, q.end)) || CODE_BEFORE.test(folded.slice(Math.max(0, q.start - 1), q.start))) return undefined
  const after = folded.slice(q.end, q.end + 4)
  const noun = BARE_NOUNS.find((n) => after.startsWith(n))
  if (!noun) return undefined
  const next = after[noun.length] ?? ''
  if (NEEDS_BREAK.test(noun) && /[\u3400-\u9fff]/.test(next) && !(/^[金银铜]$/.test(noun) && /^[牌的]$/.test(next))) return undefined
  return noun
}

/** Whether `q` carries a counted noun that `bareCountedNoun` gave it (its unit, written after its end). */
export function isBareCount(folded: string, q: Quantity): boolean {
  return q.kind === 'count' && q.unit !== null && BARE_NOUNS.includes(q.unit) && folded.startsWith(q.unit, q.end)
}
