import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {Claim} from '@jiaodui/claims'
import {CLAIM_KEY_VERSION, openIndex, schemaVersion, type ClaimStore, type ClashQuery, type DocumentEntry} from '../src/index.js'
import {keyFrame} from '../src/rows.js'
import {clusterTimeout, downgradeToVersion1, entry, freshStore, postgresBackend, postgresBin, sqliteBackend, type Backend, useBackend} from './helpers.js'

const archived = '人民网贵阳2019年1月10日电 截至2018年底，贵州共有8542名第一书记，驻村干部5.3万名。'
const changed = '人民网贵阳2019年1月10日电 截至2018年底，贵州共有8600名第一书记。'

/** The lookup a claim with these values would make under the key of `8542名第一书记`. */
function firstSecretaryQuery(store: ClaimStore, low: number, high = low): ClashQuery {
  void store
  const claim = entry('q.txt', archived, '2019-01-10').claims.find((item) => item.text === '8542名')!
  return {...keyFrame(claim)!, low, high, lowInclusive: true, highInclusive: true}
}

const lookup = {minConfidence: 0.5, limit: 3}

function backendSuite(name: string, make: () => Promise<Backend>) {
  describe(`claim store on ${name}`, () => {
    const backend = useBackend(make)

    test('stores a document with its keyed claims and finds a clash by key, not an agreeing figure', async () => {
      const {store} = await freshStore(backend)
      const added = await store.add([entry('2019/a.txt', archived, '2019-01-10', 'people')])
      expect(added).toEqual({added: 1, replaced: 0, unchanged: 0, claims: 2})
      const [clashing, agreeing] = await store.clashes([firstSecretaryQuery(store, 8452), firstSecretaryQuery(store, 8542)], lookup)
      expect(clashing!.map((found) => [found.claim.text, found.document.path, found.document.date, found.document.source])).toEqual([
        ['8542名', '2019/a.txt', '2019-01-10', 'people']
      ])
      expect(clashing![0]!.claim.place.start.line).toBe(1)
      expect(clashing![0]!.claim.document.path).toBe('2019/a.txt')
      expect(agreeing).toEqual([])
      await store.close()
    })

    test('touching interval ends clash only when one end is open', async () => {
      const {store} = await freshStore(backend)
      await store.add([entry('a.txt', archived, '2019-01-10')])
      const key = firstSecretaryQuery(store, 0)
      const closed = await store.clashes([{...key, low: 8542, high: 9000, lowInclusive: true}], lookup)
      const open = await store.clashes([{...key, low: 8542, high: 9000, lowInclusive: false}], lookup)
      expect(closed[0]).toEqual([])
      expect(open[0]!.map((found) => found.claim.text)).toEqual(['8542名'])
      await store.close()
    })

    test('returns the nearest clashing figures first, at most `limit`, and leaves out excluded paths and low confidence', async () => {
      const {store} = await freshStore(backend)
      const values = [8000, 8300, 8400, 8900, 9500]
      await store.add(values.map((value, index) => entry(`n${index}.txt`, archived.replace('8542', String(value)), '2019-01-10')))
      const [found] = await store.clashes([firstSecretaryQuery(store, 8542)], lookup)
      expect(found!.map((item) => item.claim.text)).toEqual(['8400名', '8300名', '8900名'])
      const [excluded] = await store.clashes([firstSecretaryQuery(store, 8542)], {...lookup, excludePaths: ['n2.txt', 'n1.txt']})
      expect(excluded!.map((item) => item.claim.text)).toEqual(['8900名', '8000名', '9500名'])
      const [confident] = await store.clashes([firstSecretaryQuery(store, 8542)], {...lookup, minConfidence: 1.01})
      expect(confident).toEqual([])
      await store.close()
    })

    test('re-adding a document: same content is left alone, changed content replaces its claims', async () => {
      const {store} = await freshStore(backend)
      await store.add([entry('a.txt', archived, '2019-01-10')])
      expect(await store.add([entry('a.txt', archived, '2019-01-10')])).toEqual({added: 0, replaced: 0, unchanged: 1, claims: 0})
      expect(await store.add([entry('a.txt', changed, '2019-01-10')])).toEqual({added: 0, replaced: 1, unchanged: 0, claims: 1})
      const stats = await store.stats()
      expect([stats.documents, stats.claims]).toEqual([1, 1])
      const [found] = await store.clashes([firstSecretaryQuery(store, 8542)], lookup)
      expect(found!.map((item) => item.claim.text)).toEqual(['8600名'])
      expect(await store.verify()).toEqual([])
      await store.close()
    })

    test('an article stored under another claim key version is counted, and re-added (same text) its claims are replaced', async () => {
      const {store} = await freshStore(backend)
      const older = entry('a.txt', archived, '2019-01-10')
      older.document.keyVersion = CLAIM_KEY_VERSION - 1
      // Keys of that older extraction: nothing of them meets today's lookups.
      older.claims = older.claims.map((claim) => ({...claim, metric: {...claim.metric, id: `旧${claim.metric.id}`}}))
      await store.add([older, entry('b.txt', changed, '2019-01-10')])
      expect(await store.otherKeyVersion()).toBe(1)
      expect(await store.stats()).toMatchObject({keyVersion: CLAIM_KEY_VERSION, otherKeyVersion: 1})
      const [before] = await store.clashes([firstSecretaryQuery(store, 9000)], lookup)
      expect(before!.map((item) => item.document.path)).toEqual(['b.txt'])
      expect(await store.add([entry('a.txt', archived, '2019-01-10')])).toEqual({added: 0, replaced: 1, unchanged: 0, claims: 2})
      expect(await store.add([entry('a.txt', archived, '2019-01-10')])).toEqual({added: 0, replaced: 0, unchanged: 1, claims: 0})
      expect(await store.otherKeyVersion()).toBe(0)
      const [after] = await store.clashes([firstSecretaryQuery(store, 9000)], lookup)
      expect(after!.map((item) => item.document.path).sort()).toEqual(['a.txt', 'b.txt'])
      expect(await store.verify()).toEqual([])
      await store.close()
    })

    test('an index of schema version 1 is migrated: its documents count as key version 0 until added again', async () => {
      const {store, location} = await freshStore(backend)
      await store.add([entry('a.txt', archived, '2019-01-10')])
      await store.close()
      await downgradeToVersion1(location)
      const reopened = await openIndex(location)
      expect(await reopened.stats()).toMatchObject({schemaVersion, documents: 1, claims: 2, otherKeyVersion: 1})
      const exported: DocumentEntry[] = []
      for await (const item of reopened.entries()) exported.push(item)
      expect(exported[0]!.document.keyVersion).toBe(0)
      await reopened.close()
      const writer = await openIndex(location, {create: true})
      expect(await writer.add([entry('a.txt', archived, '2019-01-10')])).toMatchObject({replaced: 1, unchanged: 0})
      expect(await writer.otherKeyVersion()).toBe(0)
      await writer.close()
    })

    test('the same path twice in one batch: the later version wins, as if added one by one', async () => {
      const {store} = await freshStore(backend)
      const result = await store.add([entry('a.txt', archived, '2019-01-10'), entry('b.txt', archived, '2019-01-10'), entry('a.txt', changed, '2019-01-11')])
      expect(result).toEqual({added: 2, replaced: 1, unchanged: 0, claims: 3})
      const stats = await store.stats()
      expect([stats.documents, stats.claims, stats.newest]).toEqual([2, 3, '2019-01-11'])
      expect(await store.verify()).toEqual([])
      await store.close()
    })

    test('remove, prune by date (undated documents stay), stats', async () => {
      const {store} = await freshStore(backend)
      const undated = entry('undated.txt', archived, '2019-01-10')
      delete undated.document.date
      await store.add([entry('old.txt', archived, '2017-05-01'), entry('new.txt', archived, '2020-02-02'), entry('gone.txt', archived, '2019-03-03'), undated])
      expect(await store.remove(['gone.txt', 'never-added.txt'])).toBe(1)
      expect(await store.prune('2018-01-01')).toBe(1)
      const stats = await store.stats()
      expect(stats).toMatchObject({backend: backend.name, schemaVersion, documents: 2, claims: 4, keys: 2, oldest: '2020-02-02', newest: '2020-02-02', undated: 1})
      expect(await store.verify()).toEqual([])
      await store.close()
    })

    test('entries() gives back every document with its claims, as stored (export → import round trip)', async () => {
      const {store} = await freshStore(backend)
      const original = [entry('b.txt', archived, '2019-01-10', 'desk'), entry('a.txt', changed, '2019-02-10')]
      await store.add(original)
      const exported: DocumentEntry[] = []
      for await (const item of store.entries()) exported.push(item)
      expect(exported.map((item) => item.document.path)).toEqual(['a.txt', 'b.txt'])
      const withoutDocument = (claims: Claim[]) => claims.map(({document: _document, ...rest}) => rest)
      expect(withoutDocument(exported[1]!.claims)).toEqual(withoutDocument(original[0]!.claims))
      // A claim's document is the claim schema's (no key version: that is the stored document's).
      const {keyVersion, ...claimDocument} = original[0]!.document
      expect(exported[1]!.document.keyVersion).toBe(keyVersion)
      expect(exported[1]!.claims.map((claim) => claim.document)).toEqual([claimDocument, claimDocument])
      const {store: copy} = await freshStore(backend)
      expect(await copy.add(exported)).toEqual({added: 2, replaced: 0, unchanged: 0, claims: 3})
      const again: DocumentEntry[] = []
      for await (const item of copy.entries()) again.push(item)
      expect(again).toEqual(exported)
      await Promise.all([store.close(), copy.close()])
    })

    test('a reader gets a clear error for a missing index; a writer creates it; reopening keeps the data', async () => {
      const location = await backend.fresh()
      await expect(openIndex(location)).rejects.toMatchObject({name: 'IndexError', code: 'missing', message: expect.stringMatching(/no claim index/)})
      const store = await openIndex(location, {create: true})
      await store.add([entry('a.txt', archived, '2019-01-10')])
      await store.close()
      const reopened = await openIndex(location)
      expect((await reopened.stats()).claims).toBe(2)
      await reopened.close()
    })
  })
}

backendSuite('SQLite', async () => sqliteBackend())
if (postgresBin) backendSuite('PostgreSQL', postgresBackend)
else describe.skip('claim store on PostgreSQL (skipped: PostgreSQL server binaries not installed)', () => test('skipped', () => {}))
