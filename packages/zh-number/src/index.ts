export {findQuantities} from './find.js'
export {parseNumber} from './parse.js'
export type {FindOptions, NumberValue, Quantity, QuantityKind, Qualifier} from './types.js'
