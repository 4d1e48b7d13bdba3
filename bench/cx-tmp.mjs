import {createEngine} from '@jiaodui/core'
const make = (size) => '***当先锋，'.repeat(size) + '\n'
const engine = createEngine([], undefined, {})
for (let i = 0; i < 5; i++) await engine.check({value: make(160000), format: 'txt'})
