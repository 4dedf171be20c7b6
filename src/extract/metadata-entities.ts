/**
 * Pass 12: metadata lines name people and sources too (`Editor: Andi Santoso`, `Sumber:
 * TASS`): they become entities with the line as evidence, credited people become credits and
 * quoted sources citations. An entity the story already names gets the line as one more mention.
 */
import type { Sentence, Credit, Evidence, LocalEntity, Mention } from './types.js';
import type { RawMetadata } from './metadata.js';

export interface MetadataEntities {
  readonly credits: Credit[];
  /** Sources quoted in `Sumber:` lines, as citations. */
  readonly cites: { entity: number; evidence: Evidence }[];
}

/** Adds the people and sources of the metadata lines to `entities`; returns the credits and citations they give. */
export function addMetadataEntities(
  sentences: readonly Sentence[],
  meta: RawMetadata,
  entities: LocalEntity[],
): MetadataEntities {
  const lineSentence = (line: number) => sentenceAtLine(sentences, line);
  // The mention is the words as written (`TEMPO.CO`, `REUTERS`), the entity takes the canonical name (`Tempo`).
  const entityOf = (
    name: string,
    type: LocalEntity['type'],
    line: number,
    written: { at: number; text: string },
    kind?: LocalEntity['kind'],
  ): { index: number; evidence: Evidence } | undefined => {
    const s = lineSentence(line);
    if (!s || written.at < s.start || written.at + written.text.length > s.end) return undefined;
    const mention: Mention = {
      start: written.at,
      end: written.at + written.text.length,
      text: written.text,
      type,
      sentence: s.index,
      titles: [],
      kind,
    };
    const existing = entities.findIndex((e) => e.type === type && e.name === name);
    if (existing >= 0) {
      entities[existing] = { ...entities[existing], mentions: [...entities[existing].mentions, mention] };
      return { index: existing, evidence: { sentence: s.index, text: s.text } };
    }
    entities.push({ type, name, aliases: [name], kind, titles: [], mentions: [mention] });
    return { index: entities.length - 1, evidence: { sentence: s.index, text: s.text } };
  };
  const credits: Credit[] = meta.credits.flatMap((c) => {
    const s = lineSentence(c.line);
    return s ? [{ name: c.name, role: c.role, evidence: { sentence: s.index, text: s.text } }] : [];
  });
  for (const c of meta.credits) entityOf(c.name, 'Person', c.line, { at: c.at, text: c.name });
  const cites: { entity: number; evidence: Evidence }[] = [];
  for (const src of meta.sources) {
    const e = entityOf(src.name, 'Organization', src.line, src.written, 'media');
    if (e) cites.push({ entity: e.index, evidence: e.evidence });
  }
  return { credits, cites };
}

/** The sentence a metadata line became: the first title or meta sentence from the line on, else the first sentence there. */
export function sentenceAtLine(sentences: readonly Sentence[], line: number): Sentence | undefined {
  return sentences.find((s) => s.start >= line && s.kind !== 'body') ?? sentences.find((s) => s.start >= line);
}
