import {claimsOf, findClashes as findClaimClashes, type Claim, type ClashFinding, type FileLike} from '@jiaodui/claims'

/** One clash, seen from `claim` in `file`; the other side gets its own. */
export interface Clash<F extends FileLike = FileLike> extends Omit<ClashFinding, 'document' | 'otherDocument'> {
  file: F
  otherFile: F
}

/**
 * Clashes across files: the claims of each file (computed once, `file.data.claims`) handed to
 * `findClashes` of `@jiaodui/claims`, which holds the comparison (same key and non-overlapping
 * intervals, or a magnitude slip between compatible metrics).
 */
export function findClashes<F extends FileLike>(files: readonly F[], options: {minConfidence: number; maxPerClaim: number; maxPerKey?: number}): Array<Clash<F>> {
  const claims = files.map((file) => (file.data['claims'] as Claim[] | undefined) ?? claimsOf(file))
  return findClaimClashes(claims, options).map(({document, otherDocument, ...rest}) => ({
    ...rest,
    file: files[document] as F,
    otherFile: files[otherDocument] as F
  }))
}
