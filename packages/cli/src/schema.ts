import type {AnyRule, JsonSchema} from '@jiaodui/lint-rule'

/** The `$id` base of jiaodui's schemas. */
export const schemaBase = 'https://jiaodui.dev/schemas/'

/** Script variants an article can be declared in. */
export const variants = ['zh-Hans', 'zh-Hant', 'zh-CN', 'zh-SG', 'zh-TW', 'zh-HK', 'zh-MO'] as const

/**
 * Build the config schema from the rules: each rule's settings, with its own
 * options schema inlined, so a bad option is reported with its JSON pointer.
 * `schemas/config.schema.json` is this function's output (a test checks it).
 */
export function buildConfigSchema(rules: readonly AnyRule[]): JsonSchema {
  const ruleProperties: Record<string, JsonSchema> = {}
  // Ids are `[a-z0-9-]`: code-unit order is `localeCompare`'s, without loading ICU collation.
  for (const rule of [...rules].sort((a, b) => (a.meta.ruleId < b.meta.ruleId ? -1 : a.meta.ruleId > b.meta.ruleId ? 1 : 0))) {
    const {meta} = rule
    ruleProperties[meta.ruleId] = {
      description: `${meta.description} (${meta.url})`,
      if: {type: 'string'},
      then: {$ref: '#/$defs/severity'},
      else: {
        type: 'object',
        additionalProperties: false,
        properties: {
          severity: {$ref: '#/$defs/severity'},
          options: meta.optionsSchema ?? {type: 'object', maxProperties: 0}
        }
      }
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${schemaBase}config.schema.json`,
    title: 'jiaodui configuration',
    description:
      'Configuration of jiaodui, from `.jiaoduirc.json`, `.jiaoduirc.yaml` or the `jiaodui` field of `package.json`.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      rules: {
        description: 'Rule id → severity (`off`, `info`, `warn`, `error`) or `{severity, options}`.',
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties
      },
      settings: sharedSettingsSchema(),
      ignorePatterns: {
        description: 'Extra `.gitignore`-style patterns, relative to the config file.',
        type: 'array',
        items: {type: 'string', minLength: 1}
      }
    },
    $defs: {
      severity: {enum: ['off', 'info', 'warn', 'error']}
    }
  }
}

/** The schema of the config's shared `settings` (variant, date, region, allow-list, index). */
function sharedSettingsSchema(): JsonSchema {
  return {
  description: 'Settings shared by all rules.',
  type: 'object',
  additionalProperties: false,
  properties: {
    variant: {
      description: 'The script the articles are written in; detected per article when absent.',
      enum: [...variants]
    },
    date: {
      description: 'Publication date used when an article states none (YYYY-MM-DD).',
      type: 'string',
      format: 'date'
    },
    region: {
      description:
        'The region whose standard the script rules apply: `zh-CN`, `zh-HK`, `zh-TW`, `zh-MO`, or `auto` (detected per article from its script, vocabulary and source; recorded per file in the report).',
      enum: ['auto', 'zh-CN', 'zh-HK', 'zh-TW', 'zh-MO'],
      default: 'auto'
    },
    allow: {
      description: 'Words the script rules accept as written (names, brands, quoted titles): no script finding inside them.',
      type: 'array',
      items: {type: 'string', minLength: 1},
      uniqueItems: true
    },
    index: {
      description: 'The claim index: every published claim, for `jiaodui check --index` and `jiaodui index`.',
      type: 'object',
      additionalProperties: false,
      properties: {
        location: {
          description:
            'SQLite file (relative to this config file) or `postgres://` URL. Default `.jiaodui/claims.db` beside this config; `--index` and `JIAODUI_INDEX_URL` come first.',
          type: 'string',
          minLength: 1
        },
        check: {
          description: 'Check articles against the index on every `jiaodui check`, as if `--index` were given.',
          type: 'boolean',
          default: false
        },
        update: {
          description: 'Record the checked articles in the index after each check, as `--index-update`.',
          type: 'boolean',
          default: false
        },
        busyTimeout: {
          description: 'Milliseconds a writer waits for another writer of the same SQLite index before failing.',
          type: 'integer',
          minimum: 0,
          default: 5000
        }
      }
    }
  }
  }
}
