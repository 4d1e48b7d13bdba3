// Parts and wholes: `其中`, `分别`, `N个X中` link the claims of a sentence to the total they break down.

import type {Quantity} from '@jiaodui/zh-number'
import type {ScopeMention} from './scopes.js'
import type {Span} from './text.js'
import type {Claim, ClaimPart} from './types.js'

/** Link parts to their whole: `…其中A x个，B y个`, `…分别为`, `N个X中，…`. */
export function markParts(folded: string, span: Span, made: Array<{claim: Claim; q: Quantity}>, scopes: ScopeMention[]): void {
  if (made.length < 2) return
  const sentence = folded.slice(span.start, span.end)
  const links: Array<{at: number; link: ClaimPart['link']}> = []
  for (const match of sentence.matchAll(/其中(包括|包含)?|分别/g)) {
    const link = match[0] === '分别' ? '分别' : match[1] ? '其中包括' : '其中'
    links.push({at: span.start + match.index, link})
  }
  for (const {q} of made) {
    const tail = /^[^，。；、,\d]{0,12}?中(?=[，,的])/.exec(folded.slice(q.end, Math.min(span.end, q.end + 14)))
    if (tail && !/其中$/.test(tail[0])) links.push({at: q.end + tail[0].length - 1, link: '中'})
  }
  links.sort((a, b) => a.at - b.at)
  for (const {at, link} of links) {
    const after = made.filter(({q}) => q.start > at)
    const first = after[0]
    if (!first || first.claim.part) continue
    // The whole: the nearest claim before the word, of the same unit class as the parts.
    let whole: Claim | undefined
    for (const {claim, q} of made) {
      if (q.end > at) break
      if (link !== '分别' || claim.unitClass === first.claim.unitClass) whole = claim
    }
    if (!whole || whole.unitClass !== first.claim.unitClass || whole.part) continue
    // `A和B分别增长x%和y%` lists values of different subjects; 分别 makes parts only after a stated
    // total (`共有…，分别是…`). Percentages stated as shares of another base (`占X的…`) are not parts.
    if (link === '分别' && !/共|合计|总计|总共|一共|累计/.test(folded.slice(span.start, at))) continue
    if (whole.unitClass === 'percent' && after.some(({q}) => /占/.test(folded.slice(Math.max(span.start, q.start - 12), q.start)))) continue
    let index = 0
    let previousEnd = at
    for (const {claim, q} of after) {
      if (claim.unitClass !== whole.unitClass || claim.kind !== whole.kind) break
      // A new place before this number starts a new statement.
      if (index > 0 && scopes.some((s) => s.start >= previousEnd && s.end <= q.start)) break
      if (links.some((l) => l.at > at && l.at < q.start && l.link !== '分别')) break
      // `其中个人18.64万，较前一周的15.09万`: a comparison base is not a part.
      if (/(?:较|比|相比|同比|环比)[^，,；;]{0,12}$/.test(folded.slice(Math.max(previousEnd, q.start - 14), q.start))) break
      // `N个X中的M个，建成…Y个`: the parts of `中` are in its own clause.
      if (link === '中' && index > 0 && /[，,；;]/.test(folded.slice(previousEnd, q.start))) break
      claim.part = {of: whole.id, link, index: index++}
      previousEnd = q.end
    }
  }
}
