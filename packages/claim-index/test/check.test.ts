import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import type {VFile} from 'vfile'
import {checkAgainstIndex, documentEntry, openIndex} from '../src/index.js'
import {clusterTimeout, postgresBackend, postgresBin, sqliteBackend, type Backend, useBackend} from './helpers.js'

const engine = createEngine(rules)
const archivedText = '人民网贵阳2019年1月10日电 截至2018年底，贵州共有8542名第一书记，驻村干部5.3万名。\n'
const newText = '人民网贵阳2020年1月15日电 截至2018年底，贵州共有8452名第一书记。\n'
const agreeingText = '人民网贵阳2020年2月1日电 截至2018年底，贵州共有8542名第一书记。\n'

async function checked(path: string, value: string): Promise<VFile> {
  const file = await engine.check({value, format: 'txt', path})
  await engine.complete([file])
  return file
}

function indexMessages(file: VFile) {
  return file.messages.filter((message) => message.ruleId === 'consistent-numeric-claims')
}

function suite(name: string, make: () => Promise<Backend>) {
  describe(`checkAgainstIndex on ${name}`, () => {
    const backend = useBackend(make)

    test('a new article clashing with one indexed a year earlier gets a message naming the archived article', async () => {
      const location = await backend.fresh()
      const store = await openIndex(location, {create: true})
      await store.add([documentEntry(await checked('archive/2019/guizhou.txt', archivedText), 'people')])
      const fresh = await checked('drafts/guizhou.txt', newText)
      const result = await checkAgainstIndex(store, [fresh])
      expect(result.messages).toBe(1)
      const [message] = indexMessages(fresh)
      expect(message?.reason).toBe(
        '`8452名` disagrees with `8542名` in the indexed article `archive/2019/guizhou.txt` (2019-01-10, line 1) (第一书记, 贵州省, as of 2018-12): likely transposed digits'
      )
      expect(message).toMatchObject({source: 'jiaodui', fatal: true, actual: '8452名', place: {start: {line: 1, column: 31}}})
      expect(message?.url).toMatch(/consistent-numeric-claims/)
      const cause = message?.cause as {file?: string; place?: {start: {line: number; column: number}}; reason?: string}
      expect(cause.file).toBe('archive/2019/guizhou.txt')
      expect(cause.place?.start).toMatchObject({line: 1, column: 31})
      expect(cause.reason).toBe('`8542名` is stated here (indexed article of 2019-01-10)')
      expect(message?.data).toMatchObject({indexed: {path: 'archive/2019/guizhou.txt', date: '2019-01-10', source: 'people'}, clash: 'digit-transposition'})
      await store.close()
    })

    test('an agreeing article gets nothing; the stored version of the article being checked is not compared with it', async () => {
      const location = await backend.fresh()
      const store = await openIndex(location, {create: true})
      await store.add([documentEntry(await checked('archive/a.txt', archivedText))])
      const agreeing = await checked('drafts/b.txt', agreeingText)
      expect((await checkAgainstIndex(store, [agreeing])).messages).toBe(0)
      const edited = await checked('archive/a.txt', newText)
      expect((await checkAgainstIndex(store, [edited])).messages).toBe(0)
      await store.close()
    })

    test('with update the checked articles are recorded, so the next article is checked against them', async () => {
      const location = await backend.fresh()
      const store = await openIndex(location, {create: true})
      const first = await checked('2019/a.txt', archivedText)
      const result = await checkAgainstIndex(store, [first], {update: true, source: 'desk'})
      expect(result).toEqual({messages: 0, otherKeyVersion: 0, added: {added: 1, replaced: 0, unchanged: 0, claims: 2}})
      const second = await checked('2020/b.txt', newText)
      await checkAgainstIndex(store, [second], {update: true})
      expect(indexMessages(second).map((message) => (message.cause as {file?: string}).file)).toEqual(['2019/a.txt'])
      // The earlier article is told too, when it is checked again.
      const again = await checked('2019/a.txt', archivedText)
      await checkAgainstIndex(store, [again])
      expect(indexMessages(again).map((message) => (message.cause as {file?: string}).file)).toEqual(['2020/b.txt'])
      expect((await store.stats()).documents).toBe(2)
      await store.close()
    })

    test('a stored figure of another named subject does not clash; one of the same subject or of none does', async () => {
      const location = await backend.fresh()
      const store = await openIndex(location, {create: true})
      const roundUp = (lines: string) => `新股今日掛牌\n香港電台2025年11月6日電\n${lines}`
      await store.add([documentEntry(await checked('archive/ipo.txt', roundUp('金禾銀穗集資淨額12.5億元，香港公開發售一手中籤率8%。\n禾木知行集資淨額6.2億元，香港公開發售一手中籤率30%。\n')))])
      const other = await checked('drafts/other.txt', roundUp('楓禾智源集資淨額3.1億元，香港公開發售一手中籤率55%。\n'))
      expect((await checkAgainstIndex(store, [other])).messages).toBe(0)
      const same = await checked('drafts/same.txt', roundUp('金禾銀穗集資淨額12.5億元，香港公開發售一手中籤率18%。\n'))
      expect((await checkAgainstIndex(store, [same])).messages).toBe(1)
      expect(indexMessages(same)[0]?.reason).toMatch(/^`18%` disagrees with `8%` .*\(发售一手中签率 of 金禾银穗, /)
      const unnamed = await checked('drafts/unnamed.txt', roundUp('另外，香港公開發售一手中籤率為18%。\n'))
      expect((await checkAgainstIndex(store, [unnamed])).messages).toBe(2)
      await store.close()
    })

    test('the rule settings apply: off reports nothing, warn is not fatal, invalid options are refused', async () => {
      const location = await backend.fresh()
      const store = await openIndex(location, {create: true})
      await store.add([documentEntry(await checked('a.txt', archivedText))])
      const off = await checked('b.txt', newText)
      expect((await checkAgainstIndex(store, [off], {rule: 'off'})).messages).toBe(0)
      const warned = await checked('b.txt', newText)
      await checkAgainstIndex(store, [warned], {rule: 'warn'})
      expect(indexMessages(warned).map((message) => message.fatal)).toEqual([false])
      // Calibrated (the default), a difference the digits do not explain is information; `calibrated: false` makes it an error.
      const other = await checked('c.txt', newText.replace('8452名', '9100名'))
      await checkAgainstIndex(store, [other])
      expect(indexMessages(other).map((message) => [message.fatal, /\(may be two statistics\)$/.test(message.reason)])).toEqual([[undefined, true]])
      const plain = await checked('c.txt', newText.replace('8452名', '9100名'))
      await checkAgainstIndex(store, [plain], {rule: {options: {calibrated: false}}})
      expect(indexMessages(plain).map((message) => message.fatal)).toEqual([true])
      const strict = await checked('b.txt', newText)
      expect((await checkAgainstIndex(store, [strict], {rule: {options: {minConfidence: 1.01 as number}}}).catch((error: Error) => error.message))).toMatch(/minConfidence/)
      await store.close()
    })
  })
}

suite('SQLite', async () => sqliteBackend())
if (postgresBin) suite('PostgreSQL', postgresBackend)
else describe.skip('checkAgainstIndex on PostgreSQL (skipped: PostgreSQL server binaries not installed)', () => test('skipped', () => {}))
