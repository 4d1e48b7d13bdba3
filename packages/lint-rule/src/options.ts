/**
 * The TypeScript type of the options an options schema describes, so a rule
 * writes each option once: in its schema (with its default and description).
 * The factory validates options with that schema and fills in the defaults, so
 * an option with a `default` is always present in the rule's code.
 *
 * Covers the subset of JSON Schema rule options use: objects with
 * `properties`, `type` string/number/integer/boolean/array/object, `enum`,
 * `const`, `items`. Write the schema `as const`.
 */
export type OptionsOf<Schema> = Schema extends {readonly properties: infer Properties}
  ? Simplify<
      {-readonly [Key in keyof Properties as Properties[Key] extends {readonly default: unknown} ? Key : never]: ValueOf<Properties[Key]>} & {
        -readonly [Key in keyof Properties as Properties[Key] extends {readonly default: unknown} ? never : Key]?: ValueOf<Properties[Key]>
      }
    >
  : Record<string, never>

type ValueOf<Property> = Property extends {readonly enum: ReadonlyArray<infer Value>}
  ? Value
  : Property extends {readonly const: infer Value}
    ? Value
    : Property extends {readonly type: 'string'}
      ? string
      : Property extends {readonly type: 'number' | 'integer'}
        ? number
        : Property extends {readonly type: 'boolean'}
          ? boolean
          : Property extends {readonly type: 'array'; readonly items: infer Items}
            ? Array<ValueOf<Items>>
            : Property extends {readonly type: 'object'; readonly properties: unknown}
              ? OptionsOf<Property>
              : Property extends {readonly type: 'object'; readonly additionalProperties: infer Values}
                ? Record<string, ValueOf<Values>>
                : unknown

type Simplify<Value> = {[Key in keyof Value]: Value[Key]} & {}
