import {explainedClash, UNEXPLAINED_NOTE, unfoldingFigure, type Claim, type ClashKind} from '@jiaodui/claims'

/**
 * Confidence of both frames from which a clash between articles can be reported at the rule's
 * severity; below it, down to `minConfidence`, as information (`no-contradictory-claims` compares at
 * the same 0.5).
 */
export const SURE = 0.5

/** How sure a clash between two articles (or with an archived one) is, and what to say when it is not. */
export interface Standing {
  /** Reported at the rule's severity; else information. */
  sure: boolean
  /** Said after the reason (` (uncertain frame)`), empty when sure. */
  hedge: string
  /** Said at the end of the note: why this is information, empty when sure. */
  why: string
}

/**
 * The standing of a clash between `claim` and `other` of kind `kind`: information when a frame is
 * below `SURE` (right about half the time on fresh text or less: bench/eval-claims, calibration), when
 * both are a toll or first measure of an event (revised while it is reported: `共计105人受伤` and, hours
 * later, `共计155人受伤`), and, `calibrated`, when the digits explain nothing (`FIRST_SIGHT`: none of 88
 * such errors was right on news first seen). A magnitude slip is never an unfolding toll.
 */
export function standingOf(claim: Claim, other: Claim, kind: ClashKind, calibrated: boolean): Standing {
  const framed = claim.confidence >= SURE && other.confidence >= SURE
  const unfolding = kind !== 'magnitude-slip' && unfoldingFigure(claim) && unfoldingFigure(other)
  const unexplained = calibrated && !explainedClash(kind)
  if (!framed) {
    return {
      sure: false,
      hedge: ' (uncertain frame)',
      why: ` The frame is uncertain (confidence ${claim.confidence} and ${other.confidence}, below ${SURE}): the place, the counted thing or the time was inferred, so this is information, not an error.`
    }
  }
  if (unfolding) {
    return {
      sure: false,
      hedge: ' (a toll or measure that may have been updated)',
      why: ' The toll of an event and its first measures (injured, dead, missing; an earthquake\'s depth and magnitude) are revised while it is reported, so two reports of one day may both have been right when written: this is information, not an error; check that the later article has the latest figure.'
    }
  }
  if (unexplained) {
    return {
      sure: false,
      hedge: ' (may be two statistics)',
      why: ` ${UNEXPLAINED_NOTE}`
    }
  }
  return {sure: true, hedge: '', why: ''}
}
