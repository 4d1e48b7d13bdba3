// Scale of claim extraction and of the cross-article pass of consistent-numeric-claims on
// 1 000 / 3 000 / 10 000 generated articles. Run: npx tsc -b packages/core packages/claims \
//   rules/consistent-numeric-claims && node bench/claims-scale/run.js [sizes…]
import {createEngine} from '../../packages/core/dist/index.js'
import {extractClaims} from '../../packages/claims/dist/index.js'
import consistent from '../../rules/consistent-numeric-claims/dist/index.js'

// Invented sentences shaped like the claims of the seeds: place, numbers and dates are variables.
const TEMPLATES = [
  (v) => `目前，${v.place}共有${v.n('农技推广员', 3000, 9000)}名农技推广员和${v.w('科技特派员', 2, 6)}万名科技特派员在田间地头服务。`,
  (v) => `截至${v.year}年底，${v.place}共有农民专业合作社${v.w('农民专业合作社', 5, 12, 'year')}万个，共有注册志愿者${v.w('注册志愿者', 100, 300, 'year')}万名。`,
  (v) => `${v.year}年，${v.place}从基层优秀农技人员中定向招聘${v.n('乡镇农技员', 300, 900, 'year')}名乡镇农技员。`,
  (v) => `去年以来，${v.place}共改造${v.n('危旧校舍', 100, 3000)}多个危旧校舍，新配备${v.n('教师', 100, 900)}余名教师。`,
  (v) => `${v.place}把${v.n('返乡青年', 1000, 5000)}多名返乡青年培养成种养能手，带动${v.w('留守妇女', 1, 9)}万名留守妇女就业。`,
  (v) => `近年来，${v.place}从省直医院选派${v.n('骨干医生', 30, 90)}名骨干医生到县医院坐诊。`,
  () => '修好一条路，带富一方人，这是山里人挂在嘴边的一句老话。'
]
const PLACES = ['贵州', '山西', '陕西', '云南', '四川', '甘肃', '青海', '河南', '河北', '广西', '湖南', '湖北', '江西', '福建', '安徽', '吉林', '黑龙江', '内蒙古', '宁夏', '新疆', '西藏', '海南', '重庆', '浙江', '江苏', '山东', '辽宁', '广东', '宁德市', '太原市', '昭通市', '安康市', '山南市', '西宁市', '洋县', '娄烦县', '阳曲县', '花垣县', '台湾', '香港']

function rng(seed) {
  let s = seed >>> 0
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32
}
function hash(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * `count` articles; one figure in 200 is corrupted (×10 or two digits swapped). `years` spreads the
 * dates over that many years from 2018 (default: one year per 1 000 articles, so the number of
 * articles per key stays the same as the archive grows).
 */
export function generate(count, seed = 1, years = Math.max(1, Math.round(count / 1000))) {
  const random = rng(seed)
  const articles = []
  for (let a = 0; a < count; a++) {
    const month = 1 + Math.floor(random() * 12)
    const day = 1 + Math.floor(random() * 28)
    const year = 2018 + Math.floor(random() * years)
    const place = PLACES[Math.floor(random() * PLACES.length)]
    // The true figure of (place, metric, month) is fixed, so articles agree unless corrupted.
    const truth = (metric, lo, hi, period) => lo + (hash(`${place}|${metric}|${year}|${period === 'year' ? '' : month}`) % (hi - lo))
    const corrupt = (text) => {
      if (random() >= 0.005) return text
      return random() < 0.5 ? text + '0' : text.length > 1 ? text.slice(0, -2) + text.at(-1) + text.at(-2) : text
    }
    const v = {
      place,
      year,
      n: (metric, lo, hi, period) => corrupt(String(truth(metric, lo, hi, period))),
      w: (metric, lo, hi, period) => corrupt((truth(metric, lo * 10, hi * 10, period) / 10).toFixed(1))
    }
    const lines = [`${year}年${String(month).padStart(2, '0')}月${String(day).padStart(2, '0')}日09:30    来源：人民网`]
    // 4–6 different sentences in random order.
    const order = TEMPLATES.map((template) => ({template, at: random()})).sort((x, y) => x.at - y.at)
    for (const {template} of order.slice(0, 4 + Math.floor(random() * 3))) lines.push(template(v))
    articles.push({path: `gen/${a}.txt`, text: lines.join('\n') + '\n'})
  }
  return articles
}

const args = process.argv.slice(2)
const fixed = args.includes('--one-year')
const sizes = args.map(Number).filter(Boolean)
const engine = createEngine([consistent], {})
const VFile = (await engine.parse({value: '', format: 'txt'})).file.constructor
extractClaims({text: generate(1)[0].text}) // warm-up: gazetteer and character tables load once

console.log('| articles | claims | extraction (package) | claims/s | per-file engine check | cross-article pass | µs per claim | clash messages |')
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const size of sizes.length ? sizes : [1000, 3000, 10000]) {
  const articles = fixed ? generate(size, 1, 1) : generate(size)
  let start = performance.now()
  let claims = 0
  for (const article of articles) claims += extractClaims({text: article.text, path: article.path}).length
  const extraction = performance.now() - start
  start = performance.now()
  const files = []
  for (const article of articles) files.push(await engine.check({value: article.text, format: 'txt', path: article.path}))
  const check = performance.now() - start
  // The corpus pass alone, on files that already carry their claims.
  const fresh = files.map((file) => {
    const copy = new VFile({path: file.path, value: file.value})
    copy.data.claims = file.data.claims
    return copy
  })
  start = performance.now()
  await consistent.complete(fresh)
  const pass = performance.now() - start
  const messages = fresh.reduce((sum, file) => sum + file.messages.length, 0)
  console.log(
    `| ${size} | ${claims} | ${(extraction / 1000).toFixed(2)} s | ${Math.round(claims / (extraction / 1000))} | ${(check / 1000).toFixed(2)} s | ${pass.toFixed(0)} ms | ${((pass * 1000) / claims).toFixed(1)} | ${messages} |`
  )
}
