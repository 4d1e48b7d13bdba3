/**
 * What a clause says its counted people or things do or undergo (`感染`, `接诊`, `调查`): the words of
 * the figure's clause that are neither the figure, its counted noun, its place or time, nor words
 * that only state a level (`有`, `共计`, `达到`, `降至`) or report one (`通报`, `显示`). Two figures
 * of the same noun with different actions are different statistics: `3019名医务人员感染` and
 * `14000名医务人员来到武汉支援` count different groups, so do `285位工人` surveyed and `11位工人`
 * who read; a figure stated again keeps its words (`确诊病例2744例` / `累计确诊病例达2744例`).
 */

import type {Quantity} from '@jiaodui/zh-number'
import type {Word} from './segment.js'

/** Tags of the words an action is made of: verbs, nouns, idioms, adjectives. */
const CONTENT_TAGS = new Set(['v', 'vn', 'vd', 'vi', 'vg', 'n', 'nz', 'l', 'i', 'a', 'an', 'ad'])

/**
 * Words that state, bound or report a level rather than say what the counted do: a figure
 * restated with them is the same statistic (`有`, `共有`, `累计`, `达到`, `降至`, `约为`, `超过`,
 * `占`, `显示`, `通报`), words of change (a rate of change is read by the metric's role), and words
 * of quantity and extent that any figure may carry (`全部`, `以上`, `情况`).
 */
const LEVEL_WORDS = new Set([
  ...'有 已有 已达 共有 拥有 现有 尚有 仍有 还有 只有 另有 又有 计有 共 计 共计 合计 总计 累计 合共 达 达到 达至 为 是 约 约为 大约 超 超过 逾 近 接近 将近 不足 不到 突破 占 占到 录得 报 报告 通报 公布 发布 显示 表示 称 指出 介绍 透露 统计 据 根据 数据 记录 创 创下 保持 维持 涉及 包括 包含 含 至 到 增 增加 增长 增至 增到 增加到 增长到 升 升至 升到 上升 上升到 上升至 提高 提高到 提升 上涨 涨 涨至 降 降至 降到 下降 下降到 下降至 下跌 跌 跌至 减 减少 减至 减少到 回落 回落到 回落至 减少了 增加了 变为 变成 成为 仅 仅为 只 已 已经 全部 所有 全体 情况 方面 时候 期间 左右 上下 以上 以下 多 余 总数 人数 数量 数目 规模 总量 总额 额 量 次 个 例 人 名 位'.split(' '),
  // (The currency an amount is in, `为人民币114.9万亿元`, is the unit's, not what the counted do.)
  ...'人民币 美元 港元 港币 新台币 台币 澳门币 澳元 欧元 日元 日圆 英镑'.split(' ')
])

/** Words naming a place by its relation to the writer or the whole (`全市`, `本港`, `我国`, `当地`): scopes, whether or not resolved. */
const RELATIVE_PLACE = /^(?:(?:全|本|我|该|各|外|邻)(?:市|省|县|区|国|港|台|澳|镇|乡|村|州|地|岛|球|世界|校|院|厂|司)|当地|国内|海外|境内|境外|国外|世界|全世界|内地|大陆)$/

/** Characters that end a clause, forward from a figure. */
const CLAUSE_END = /[，,；;。！？!?：:\n]/

/**
 * The action of the figure `q`: the content words of its clause (from `clauseStart` to the next
 * comma or stop, at most `window` characters after the figure), in order of appearance, joined by `+`,
 * leaving out the counted noun `noun`, words inside `skip` (places, times, other figures) and level
 * words. `undefined` when none is left.
 */
export function actionOf(words: readonly Word[], clauseStart: number, clauseEnd: number, q: Quantity, noun: string | undefined, skip: ReadonlyArray<{start: number; end: number}>): string | undefined {
  const seen: string[] = []
  for (const word of words) {
    if (word.end <= clauseStart || word.start >= clauseEnd) continue
    if (word.start < q.end && word.end > q.start) continue
    if (!CONTENT_TAGS.has(word.tag) || LEVEL_WORDS.has(word.word) || RELATIVE_PLACE.test(word.word)) continue
    if (noun !== undefined && noun.includes(word.word)) continue
    if (skip.some((span) => word.start < span.end && word.end > span.start)) continue
    if (!seen.includes(word.word)) seen.push(word.word)
  }
  return seen.length > 0 ? seen.sort().join('+') : undefined
}

/** The end of the clause of a figure ending at `from`: the next clause mark, at most `window` characters on, within `limit`. */
export function clauseEndAfter(folded: string, from: number, limit: number, window: number): number {
  const stop = Math.min(limit, from + window)
  for (let at = from; at < stop; at++) if (CLAUSE_END.test(folded[at] as string)) return at
  return stop
}
