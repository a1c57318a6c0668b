import type { TokenKind } from '../types.js'

/** Kind codes as stored in TokenTable.kinds; the index into TOKEN_KIND_NAMES. */
export const KIND = { word: 0, number: 1, punct: 2, url: 3, email: 4, mention: 5, hashtag: 6, emoji: 7, symbol: 8 } as const
export const TOKEN_KIND_NAMES: readonly TokenKind[] = ['word', 'number', 'punct', 'url', 'email', 'mention', 'hashtag', 'emoji', 'symbol']

/**
 * All tokens of one text as parallel arrays (wink-nlp style: no object per token).
 * Offsets are UTF-16 indices into the view, which has the caller's string's length.
 */
export interface TokenTable {
  count: number
  starts: Int32Array
  ends: Int32Array
  kinds: Uint8Array
}
