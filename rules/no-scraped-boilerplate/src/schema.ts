import {kinds} from './kinds.js'

/**
 * JSON Schema (2020-12) of the pattern data files `data/*.yaml`. The same
 * document is committed as `schemas/boilerplate-patterns.schema.json`; a test
 * keeps the two equal.
 */
export const patternsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jiaodui.dev/schemas/boilerplate-patterns.schema.json',
  title: 'jiaodui boilerplate patterns',
  description:
    'Line patterns of the rule no-scraped-boilerplate: one file per group of kinds, each entry a JavaScript regular expression (u flag) tested on one trimmed line, with examples that must match and counterexamples that must not.',
  type: 'object',
  additionalProperties: false,
  required: ['patterns'],
  properties: {
    description: {type: 'string', description: 'What the file holds.'},
    patterns: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'strength', 'pattern', 'examples'],
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z][a-z\\d]*(?:-[a-z\\d]+)*$',
            description: 'Unique id (kebab-case), reported in `data.patternId`.'
          },
          kind: {enum: [...kinds], description: 'The kind of boilerplate the line is.'},
          strength: {
            enum: ['strong', 'weak'],
            description:
              '`strong`: the line is boilerplate wherever it is; `weak`: only outside the body of the article (page header and footer).'
          },
          pattern: {
            type: 'string',
            minLength: 1,
            description:
              'JavaScript regular expression source, compiled with the `u` flag and tested on the trimmed line. Must pass the catastrophic-backtracking check.'
          },
          maxLength: {
            type: 'integer',
            minimum: 1,
            maximum: 2000,
            default: 120,
            description: 'Longest line (in characters, spaces excluded) the pattern applies to.'
          },
          allowSentence: {
            type: 'boolean',
            default: false,
            description: 'Whether the pattern applies to a line that ends like a sentence (。！？); off by default so prose is never matched.'
          },
          allowClause: {
            type: 'boolean',
            default: true,
            description: 'Whether the pattern applies to a line with clause punctuation (，；) inside.'
          },
          inline: {
            type: 'boolean',
            default: false,
            description:
              'The line also occurs inside the body (image credits, image hints): it is reported but does not end the body.'
          },
          position: {
            enum: ['line', 'start', 'end'],
            default: 'line',
            description:
              '`line`: the pattern judges a whole line. `start` / `end`: it finds a span glued to the start or end of a paragraph (anchored with `^` or `$`); only that span is reported and deleted, the kind must be one of the `glued-*` kinds.'
          },
          startsBlock: {
            type: 'boolean',
            default: false,
            description: 'A heading (新闻推荐, 相关阅读…) after which everything to the end of the text is boilerplate.'
          },
          examples: {
            type: 'array',
            minItems: 1,
            items: {type: 'string', minLength: 1},
            description: 'Lines the pattern must match (run as tests).'
          },
          counterexamples: {
            type: 'array',
            items: {type: 'string', minLength: 1},
            description: 'Lines the pattern must not match, such as prose that mentions 记者 or 来源 (run as tests).'
          },
          note: {type: 'string', description: 'Why the pattern is as it is.'}
        }
      }
    }
  }
} as const
