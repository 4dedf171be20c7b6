/** Exports come as iterables of text pieces, so that a graph larger than one string can still be written out. */

/** Flush a document in pieces of about this many characters. */
export const CHUNK_CHARS = 1 << 20;

/** Gathers small pieces into chunks of about `CHUNK_CHARS`. */
export function* chunked(pieces: Iterable<string>): Generator<string> {
  let out = '';
  for (const piece of pieces) {
    out += piece;
    if (out.length >= CHUNK_CHARS) { yield out; out = ''; }
  }
  if (out) yield out;
}

export const joinChunks = (chunks: Iterable<string>): string => [...chunks].join('');
