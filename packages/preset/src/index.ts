import type {AnyRule} from '@jiaodui/lint-rule'
import noInvisibleCharacter from '@jiaodui/rule-no-invisible-character'

/** Every rule jiaodui ships, in the order they run. */
export const rules: readonly AnyRule[] = [noInvisibleCharacter]
