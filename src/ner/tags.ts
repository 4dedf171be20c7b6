/** The tag set of the statistical tagger (IOB2 over PER, LOC, ORG) and which tag may follow which. */

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** The row of the transition table for the start of a sentence (no tag before). */
export const START = TAG_COUNT;

const indexOfTag = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** The index of a tag; an unknown tag is an error of the caller's data. */
export function tagIndex(tag: string): number {
  const i = indexOfTag.get(tag);
  if (i === undefined) throw new Error(`unknown NER tag: ${tag}`);
  return i;
}

/**
 * Whether tag `cur` may follow `prev` (`START` at a sentence start): an I- only continues a
 * span of its own type, so decoding never yields `O I-PER` or `B-LOC I-ORG`.
 */
export function mayFollow(prev: number, cur: number): boolean {
  const tag = TAGS[cur];
  if (!tag.startsWith('I-')) return true;
  if (prev === START) return false;
  return TAGS[prev].slice(2) === tag.slice(2);
}

/** Gold IOB1 or IOB2 tags as IOB2: an I- that opens a span becomes B-. */
export function toIob2(tags: readonly string[]): Tag[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return TAGS[tagIndex(t)];
    const prev = tags[i - 1];
    const opens = !prev || prev === 'O' || prev.slice(2) !== t.slice(2);
    return TAGS[tagIndex(opens ? `B-${t.slice(2)}` : t)];
  });
}
