import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {isCorpusRule, type AnyRule, type CorpusRule, type Rule} from '@jiaodui/lint-rule'

/** Called when a rule throws while checking: the rule id, the file (if any) and the error. */
export type RuleFailure = (ruleId: string, file: VFile | undefined, error: unknown) => void

type Transformer = (tree: Root, file: VFile) => unknown

/**
 * Wrap every rule so that an exception in one rule is reported to `onFailure`
 * instead of failing the whole check: the other rules still run and their
 * messages still arrive. Option validation (when a rule is attached) is not
 * guarded: a bad option is a config error and must be shown as one.
 */
export function guardRules(rules: readonly AnyRule[], onFailure: RuleFailure): AnyRule[] {
  return rules.map((rule) => (isCorpusRule(rule) ? guardCorpusRule(rule, onFailure) : guardRule(rule, onFailure)))
}

function guardRule(rule: Rule<any>, onFailure: RuleFailure): Rule<any> {
  const attach = rule as unknown as (this: unknown, settings: unknown) => Transformer | undefined
  const guarded = function (this: unknown, settings: unknown) {
    const transformer = attach.call(this, settings)
    if (!transformer) return transformer
    // Two parameters: unified treats a transformer with a third one as callback-style.
    return async function (tree: Root, file: VFile) {
      try {
        await transformer(tree, file)
      } catch (error) {
        onFailure(rule.meta.ruleId, file, error)
      }
    }
  } as unknown as Rule<any>
  Object.defineProperty(guarded, 'name', {value: rule.meta.ruleId})
  guarded.meta = rule.meta
  return guarded
}

function guardCorpusRule(rule: CorpusRule<any>, onFailure: RuleFailure): CorpusRule<any> {
  return {
    meta: rule.meta,
    collect: guardRule(rule.collect, onFailure),
    async complete(files, settings) {
      try {
        await rule.complete(files, settings)
      } catch (error) {
        onFailure(rule.meta.ruleId, undefined, error)
      }
    }
  }
}
