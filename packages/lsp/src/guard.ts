import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {isCorpusRule, type AnyRule, type Completer, type FileSetLike} from '@jiaodui/lint-rule'

/** Called when a rule throws while checking: the rule id, the file (if any) and the error. */
export type RuleFailure = (ruleId: string, file: VFile | undefined, error: unknown) => void

type Transformer = (tree: Root, file: VFile) => unknown
type Attacher = (this: unknown, settings: unknown, fileSet?: FileSetLike) => Transformer | undefined

/**
 * Wrap every rule so that an exception in one rule is reported to `onFailure`
 * instead of failing the whole check: the other rules still run and their
 * messages still arrive. Corpus rules are guarded in their completers too.
 * Option validation (when a rule is attached) is not guarded: a bad option is
 * a config error and must be shown as one.
 */
export function guardRules(rules: readonly AnyRule[], onFailure: RuleFailure): AnyRule[] {
  return rules.map((rule) => guardRule(rule, onFailure))
}

function guardRule(rule: AnyRule, onFailure: RuleFailure): AnyRule {
  const ruleId = rule.meta.ruleId
  const attach = rule as unknown as Attacher
  const guarded = function (this: unknown, settings: unknown, fileSet?: FileSetLike) {
    const transformer = attach.call(this, settings, fileSet ? guardFileSet(fileSet, ruleId, onFailure) : undefined)
    if (!transformer) return transformer
    // Two parameters: unified treats a transformer with a third one as callback-style.
    return async function (tree: Root, file: VFile) {
      try {
        await transformer(tree, file)
      } catch (error) {
        onFailure(ruleId, file, error)
      }
    }
  } as unknown as AnyRule & {complete?: unknown}
  Object.defineProperty(guarded, 'name', {value: ruleId})
  guarded.meta = rule.meta as never
  if (isCorpusRule(rule)) {
    guarded.complete = async (files: VFile[], settings: unknown) => {
      try {
        await rule.complete(files, settings as never)
      } catch (error) {
        onFailure(ruleId, undefined, error)
      }
    }
  }
  return guarded
}

/** A view of a file set whose completers report their exceptions instead of throwing them. */
function guardFileSet(fileSet: FileSetLike, ruleId: string, onFailure: RuleFailure): FileSetLike {
  return {
    get files() {
      return fileSet.files
    },
    use(completer: Completer) {
      const guarded: Completer = async (set) => {
        try {
          await completer(set)
        } catch (error) {
          onFailure(ruleId, undefined, error)
        }
      }
      if (completer.pluginId !== undefined) guarded.pluginId = completer.pluginId
      return fileSet.use(guarded)
    }
  }
}
