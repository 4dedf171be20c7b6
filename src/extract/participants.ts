/**
 * Who the words of a sentence that stand for people named before are: `ia` the subject of a
 * recent sentence, `kedua pemimpin` the two people of the latest sentence that names two,
 * `mereka` all of them, `tersangka` the latest person named in a sentence with that word, and
 * a title standing alone (`Presiden`, after `Presiden Prabowo Subianto`) the latest person of
 * that title. Only for events: who took part; names themselves are resolved in coref.ts.
 */
import type { SentenceAnalysis } from './analysis.js';
import { titleHeadsOnly, type Lexicon } from './lexicon.js';
import type { LanguageModel, ParticipantReferences } from './model.js';
import { PhraseTrie, type Token } from './tokens.js';
import type { LocalEntity } from './types.js';

export interface ReferredParticipant {
  readonly entity: number;
  /** The token of the word that stands for it. */
  readonly token: number;
}

type Reference = keyof ParticipantReferences;

/** How many sentences back a pronoun may reach. */
const REACH = 3;

const tries = new WeakMap<LanguageModel, PhraseTrie<Reference>>();
function referencesOf(model: LanguageModel): PhraseTrie<Reference> {
  let trie = tries.get(model);
  if (!trie) {
    trie = new PhraseTrie<Reference>();
    for (const [kind, phrases] of Object.entries(model.participantReferences) as [Reference, readonly string[]][])
      for (const p of phrases) trie.add(p, kind);
    tries.set(model, trie);
  }
  return trie;
}

/** The token with a possessive suffix taken off (`dialognya` → `dialog`), if it has one. */
export function withoutSuffix(t: Token, lex: Lexicon): Token | undefined {
  const suffix = lex.model.participantReferences.suffixes.find(
    (x) => t.lower.length > x.length + 2 && t.lower.endsWith(x),
  );
  return suffix ? { ...t, lower: t.lower.slice(0, -suffix.length) } : undefined;
}

/** `dialognya`, `kunjungannya`: an event word owned by someone named before. */
function ownedEvent(t: Token, lex: Lexicon): boolean {
  const stem = withoutSuffix(t, lex);
  return !!stem && !lex.events.longest([t], 0) && !!lex.events.longest([stem], 0);
}

/** For each sentence (by index), the people its pronouns, plural references, part nouns and lone titles stand for. */
export function referredParticipants(
  sentences: readonly SentenceAnalysis[],
  entities: readonly LocalEntity[],
  lex: Lexicon,
): Map<number, ReferredParticipant[]> {
  const refs = referencesOf(lex.model);
  const out = new Map<number, ReferredParticipant[]>();
  let subject: { entity: number; at: number } | undefined;
  let group: { people: number[]; at: number } | undefined;
  const partHolders = new Map<string, number>();
  const recent: number[] = [];
  sentences.forEach((s, n) => {
    const covered = new Set<number>();
    for (const m of s.mentions)
      for (let t = m.token; t < s.tokens.length && s.tokens[t].start < m.mention.end; t++) covered.add(t);
    const persons = s.mentions.filter((m) => m.mention.type === 'Person');
    const found: ReferredParticipant[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      if (covered.has(i)) continue;
      const hit = refs.longest(s.tokens, i);
      const next = s.tokens[i + (hit?.length ?? 1)];
      if (hit) {
        const kind = hit.values[0];
        const phrase = s.tokens
          .slice(i, i + hit.length)
          .map((t) => t.lower)
          .join(' ');
        const before = [...new Set(persons.filter((p) => p.token < i).map((p) => p.entity))];
        // `kedua pemimpin` names two people however far back; `mereka` only recent ones.
        const people =
          before.length >= 2 ? before : group && (kind === 'two' || n - group.at <= REACH) ? group.people : [];
        if (kind === 'one' && !before.length && subject && n - subject.at <= REACH)
          found.push({ entity: subject.entity, token: i });
        if (kind === 'two') for (const e of people.slice(0, 2)) found.push({ entity: e, token: i });
        if (kind === 'all') for (const e of people) found.push({ entity: e, token: i });
        if (kind === 'parts' && !next?.capitalised && partHolders.has(phrase))
          found.push({ entity: partHolders.get(phrase)!, token: i });
        i += hit.length - 1;
        continue;
      }
      if (ownedEvent(s.tokens[i], lex) && subject && n - subject.at <= REACH && !persons.some((p) => p.token < i))
        found.push({ entity: subject.entity, token: i });
      const title = s.tokens[i].capitalised ? lex.titles.longest(s.tokens, i, titleHeadsOnly) : undefined;
      const after = title && s.tokens[i + title.length];
      if (!title || (after && (after.capitalised || covered.has(i + title.length)))) continue;
      const phrase = s.tokens
        .slice(i, i + title.length)
        .map((t) => t.lower)
        .join(' ');
      const holder = [...recent].reverse().find((e) => entities[e].titles.some((t) => t.toLowerCase() === phrase));
      if (holder !== undefined) found.push({ entity: holder, token: i });
      i += title.length - 1;
    }
    if (found.length) out.set(s.sentence.index, found);
    if (persons.length) {
      subject = { entity: persons[0].entity, at: n };
      for (const p of persons) {
        const k = recent.indexOf(p.entity);
        if (k >= 0) recent.splice(k, 1);
        recent.push(p.entity);
      }
      const last = persons[persons.length - 1].entity;
      for (const t of s.tokens) if (refs.longest([t], 0)?.values[0] === 'parts') partHolders.set(t.lower, last);
    }
    const distinct = [...new Set(persons.map((p) => p.entity))];
    if (distinct.length >= 2) group = { people: distinct, at: n };
  });
  return out;
}
