/** Exports come as iterables of text pieces, so that a graph larger than one string can still be written out. */

/**
 * Flush a document in pieces of about this many characters: under V8's large-object size
 * (128 KB) even in two-byte strings, so each flattened chunk is a young object collected at
 * once. Chunks of 1M characters each went to the large-object space and stayed until a full
 * collection: writing a 50k-article graph.json (465 MB) raised a build's peak by 150 MB.
 */
export const CHUNK_CHARS = 1 << 15;

/** Gathers small pieces into chunks of about `CHUNK_CHARS`. */
export function* chunked(pieces: Iterable<string>): Generator<string> {
  let out = '';
  for (const piece of pieces) {
    out += piece;
    if (out.length >= CHUNK_CHARS) {
      yield out;
      out = '';
    }
  }
  if (out) yield out;
}

export const joinChunks = (chunks: Iterable<string>): string => [...chunks].join('');
