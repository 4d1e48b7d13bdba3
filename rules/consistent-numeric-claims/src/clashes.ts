import {claimsOf, clashesOf, type Claim, type ClashFinding, type ClashOptions, type FileLike} from '@jiaodui/claims'

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
export function findClashes<F extends FileLike>(files: readonly F[], options: ClashOptions): Array<Clash<F>> {
  return [...clashesIn(files, options)]
}

/** The clashes of `findClashes`, one at a time as they are found (the corpus phase reports each before the next is made). */
export function* clashesIn<F extends FileLike>(files: readonly F[], options: ClashOptions): Generator<Clash<F>> {
  const claims = files.map((file) => (file.data['claims'] as Claim[] | undefined) ?? claimsOf(file))
  for (const {document, otherDocument, ...rest} of clashesOf(claims, options)) {
    yield {...rest, file: files[document] as F, otherFile: files[otherDocument] as F}
  }
}
