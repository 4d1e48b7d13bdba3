import {createEngine} from '@jiaodui/core'
const make = (size) => '***当先锋，'.repeat(size) + '\n'
const engine = createEngine([], undefined, {})
for (const n of [40000, 160000, 40000, 160000]) {
  const v = make(n); globalThis.gc()
  const s = process.cpuUsage(); const t = performance.now()
  await engine.check({value: v, format: 'txt'})
  const u = process.cpuUsage(s); console.log(n, ((u.user+u.system)/1000).toFixed(0), (performance.now()-t).toFixed(0))
}
