// Rate of the whole `jiaodui index add` (reading, claim extraction, storing) on generated
// articles, SQLite and PostgreSQL. Run on demand:
//   npx tsc -b && nice node bench/index/add.js [articles=2000]
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {openIndex} from '../../packages/claim-index/dist/index.js'
import {findPostgresBinaries, startThrowawayPostgres} from '../../packages/claim-index/dist/throwaway-postgres.js'

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/cli/bin/jiaodui.js')
const count = Number(process.argv[2] ?? 2000)
const PLACES = [['贵州', '贵阳'], ['山西', '太原'], ['云南', '昆明'], ['四川', '成都'], ['甘肃', '兰州'], ['河南', '郑州'], ['湖南', '长沙'], ['福建', '福州']]

function rng(seed) {
  let s = seed >>> 0
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32
}

const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-bench-add-'))
mkdirSync(path.join(folder, 'articles'))
const random = rng(3)
const n = (low, high) => low + Math.floor(random() * (high - low))
for (let a = 0; a < count; a++) {
  const [place, city] = PLACES[a % PLACES.length]
  const year = n(2016, 2024)
  writeFileSync(
    path.join(folder, 'articles', `${a}.txt`),
    `人民网${city}${year}年${n(1, 13)}月${n(1, 29)}日电 截至${year - 1}年底，${place}共有${n(3000, 9000)}名第一书记，驻村干部${n(2, 9)}.${n(1, 9)}万名。\n` +
      `${year - 1}年，${place}新增农村致富带头人${n(500, 5000)}名，投入扶持资金${n(1000, 9000)}万元。\n` +
      '修好一条路，带富一方人，这是山里人挂在嘴边的一句老话。\n'
  )
}
let cluster
try {
  const locations = [{backend: 'sqlite', file: path.join(folder, 'claims.db')}]
  if (findPostgresBinaries()) {
    cluster = await startThrowawayPostgres()
    locations.push({backend: 'postgres', url: cluster.url})
  }
  console.log('| backend | articles | claims | index add (whole process) | claims/s | load avg |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const location of locations) {
    const started = performance.now()
    const result = spawnSync(process.execPath, [bin, 'index', 'add', 'articles', '--index', location.file ?? location.url], {cwd: folder, encoding: 'utf8'})
    const seconds = (performance.now() - started) / 1000
    if (result.status !== 0) throw new Error(result.stderr)
    const store = await openIndex(location)
    const {claims} = await store.stats()
    await store.close()
    console.log(`| ${location.backend} | ${count} | ${claims} | ${seconds.toFixed(1)} s | ${Math.round(claims / seconds)} | ${loadavg()[0].toFixed(1)} |`)
  }
} finally {
  if (cluster) await cluster.stop()
  rmSync(folder, {recursive: true, force: true})
}
