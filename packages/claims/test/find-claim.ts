import type {Claim} from '../src/index.js'

/** The `nth` claim whose text is `text` (the claim tests' lookup); throws, listing the claims, when there is none. */
export function find(claims: Claim[], text: string, nth = 0): Claim {
  const claim = claims.filter((c) => c.text === text)[nth]
  if (!claim) throw new Error(`no claim ${text} in ${claims.map((c) => c.text).join(', ')}`)
  return claim
}
