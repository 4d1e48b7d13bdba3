export {findQuantities} from './find.js'
export {inputEnd, inputStart, withoutTypesetSpaces, type TagFreeView} from './inline-tags.js'
export {parseNumber} from './parse.js'
export type {FindOptions, NumberValue, Quantity, QuantityKind, Qualifier} from './types.js'
