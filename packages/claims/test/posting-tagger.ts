import type {Tagger} from '../src/segment.js'
import {nativeTagger} from '../src/tagger-channel.js'

/**
 * A stand-in for the worker tagger: it keeps the texts posted ahead (`Tagger.post`) and tags them
 * when `cutMany` asks for the same array, as the worker tagger does, counting posts, answers taken
 * from a post and texts tagged on the spot.
 */
export function postingTagger(): {tagger: Tagger; calls: {post: number; fromPost: number; now: number}; reset(): void} {
  const native = nativeTagger()
  let posted: readonly string[] | undefined
  const calls = {post: 0, fromPost: 0, now: 0}
  const tagger: Tagger = {
    name: 'stand-in',
    tag: (text) => native.tag(text),
    cutMany(texts) {
      if (texts === posted) {
        calls.fromPost++
        posted = undefined
      } else calls.now++
      return texts.map((text) => native.tag(text))
    },
    post(texts) {
      calls.post++
      posted = texts
    }
  }
  return {tagger, calls, reset: () => Object.assign(calls, {post: 0, fromPost: 0, now: 0})}
}
