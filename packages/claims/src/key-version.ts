/**
 * The version of the claim keys this extraction gives (scope, metric, period and what `claimKey`
 * puts between them). A claim index records it with every article it stores: an article indexed
 * under another version holds keys that new claims may no longer meet, so `jiaodui check --index`
 * warns about such articles and `jiaodui index add` re-extracts them even when their text is
 * unchanged.
 *
 * Raise it whenever a change gives a claim another key. `test/key-version.test.ts` keeps a digest
 * of the keys of an invented probe text per version and fails when the keys change under the same
 * version. Version 0 is what an index records for articles stored before versions were recorded.
 */
export const CLAIM_KEY_VERSION = 10
