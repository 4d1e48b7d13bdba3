import {createEngine, type Engine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'

/**
 * Engines that compute the claims of a file (`file.data.claims`) for `jiaodui
 * claims` and `jiaodui index add`: the boilerplate rule records the article's
 * date and place (`file.data.meta`), a script rule the region it is judged by
 * (`file.data.region`), a claims rule extracts. Their messages are not used.
 * One engine per distinct shared settings (date, region) of the configs that apply.
 */
export function claimEngines(): (settings: Record<string, unknown>) => Engine {
  const needed = rules.filter((rule) => ['no-scraped-boilerplate', 'no-mixed-variant', 'no-contradictory-claims'].includes(rule.meta.ruleId))
  const engines = new Map<string, Engine>()
  return (settings) => {
    const key = JSON.stringify(settings)
    let engine = engines.get(key)
    if (!engine) {
      engine = createEngine(needed, {settings})
      engines.set(key, engine)
    }
    return engine
  }
}
