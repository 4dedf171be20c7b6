/**
 * Relations stated in a sentence: offices (pass 8: `Menteri Luar Negeri Rusia Sergey Lavrov`
 * → HOLDS_ROLE), documents signed (pass 10: `menandatangani rencana pertukaran …` → SIGNED),
 * sources quoted and places within places (pass 11: `dikutip dari TASS` → CITES,
 * `Vostochny di Rusia` → LOCATED_IN).
 */
import { evidenceOf, plannedAt, tokenAt, type EntityMention, type SentenceAnalysis } from './analysis.js';
import { titleHeadsOnly, type Lexicon } from './lexicon.js';
import { afterBrackets, keepWhere } from './tokens.js';
import type { Evidence, LocalContainment, LocalDocument, LocalEntity, LocalRole } from './types.js';

export function findRoles(sentences: readonly SentenceAnalysis[], lex: Lexicon): LocalRole[] {
  const roles: LocalRole[] = [];
  for (const s of sentences) {
    const delegationOf = delegationCountry(s, lex);
    for (const m of s.mentions) {
      const title = m.mention.titles[0];
      if (m.mention.type !== 'Person' || !title) continue;
      const aff = m.mention.affiliation;
      const of = aff ? s.mentions.find((x) => x.mention.start === aff.start)?.entity : delegationOf;
      if (of !== undefined) roles.push({ person: m.entity, of, title, evidence: evidenceOf(s.sentence) });
    }
    for (const m of s.mentions) {
      const office = m.mention.type === 'Person' && !m.mention.titles.length ? officeAfter(s, m, lex) : undefined;
      if (office) roles.push({ person: m.entity, ...office, evidence: evidenceOf(s.sentence) });
    }
  }
  return roles;
}

/** Tokens a title may stand from the body or place it is of (`profesor perdagangan internasional dari Universitas X`). */
const OFFICE_REACH = 6;

/**
 * `Alan Bollard, direktur eksekutif Sekretariat APEC`, `Budi selaku Ketua KPU Sleman`: the
 * office named after a person, in apposition, and the body or place it is of, before the
 * clause ends or another person is named.
 */
function officeAfter(
  s: SentenceAnalysis,
  person: EntityMention,
  lex: Lexicon,
): { of: number; title: string } | undefined {
  const tokens = s.tokens;
  // `Budi (48), Direktur …`: an age or a gloss in brackets may stand between.
  let k = afterBrackets(tokens, tokenAt(tokens, person.mention.end));
  const cued = lex.officeCues.has(tokens[k]?.lower ?? '');
  if (tokens[k]?.text !== ',' && !cued) return undefined;
  k++;
  // `selaku Tenaga Ahli Gubernur Riau`: after a cue word the office may open with words of its own.
  let head = lex.titles.longest(tokens, k, titleHeadsOnly);
  for (let skip = 0; cued && !head && skip < 2 && tokens[k + 1]?.isWord; skip++)
    head = lex.titles.longest(tokens, ++k, titleHeadsOnly);
  if (!head) return undefined;
  // The office runs on with title words, up to a name (`direktur eksekutif` + `Komisi …`).
  const named = new Set(s.mentions.map((m) => m.token));
  let end = k + head.length;
  for (let more = lex.titles.longest(tokens, end); more && !named.has(end); more = lex.titles.longest(tokens, end))
    end += more.length;
  const titleEnd = end;
  end = afterBrackets(tokens, end);
  for (const m of s.mentions) {
    if (m.token < end) continue;
    if (
      m.token > end + OFFICE_REACH ||
      m.mention.type === 'Person' ||
      tokens.slice(end, m.token).some((t) => CLAUSE_END.test(t.text))
    )
      return undefined;
    const title = s.sentence.text.slice(
      tokens[k].start - s.sentence.start,
      tokens[titleEnd - 1].end - s.sentence.start,
    );
    return { of: m.entity, title };
  }
  return undefined;
}

const CLAUSE_END = /^[,.;:!?()"“”]$/;

/** `Delegasi Rusia termasuk …`: the place named right after a delegation cue. */
function delegationCountry(s: SentenceAnalysis, lex: Lexicon): number | undefined {
  for (const m of s.mentions) {
    if (m.mention.type === 'Place' && lex.delegationCues.before(s.tokens, m.token)) return m.entity;
  }
  return undefined;
}

/** Country codes of people whose office the article ties to a country. */
export function countriesOf(roles: readonly LocalRole[], entities: readonly LocalEntity[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of roles) {
    const c = entities[r.of].country;
    if (c && !out.has(r.person)) out.set(r.person, c);
  }
  return out;
}

export function findCitations(
  sentences: readonly SentenceAnalysis[],
  entities: readonly LocalEntity[],
  publisher: string | undefined,
  lex: Lexicon,
): { entity: number; evidence: Evidence }[] {
  const out: { entity: number; evidence: Evidence }[] = [];
  for (const s of sentences) {
    const cueIn = lex.citeCues.within(s.tokens);
    for (const m of s.mentions) {
      const e = entities[m.entity];
      if (e.type !== 'Organization' || e.name === publisher) continue;
      const cuedRightBefore = [1, 2, 3].some((gap) => lex.citeCues.before(s.tokens, m.token - gap + 1));
      if ((cueIn && e.kind === 'media') || cuedRightBefore)
        out.push({ entity: m.entity, evidence: evidenceOf(s.sentence) });
    }
  }
  return out;
}

const signingsOnly = <T extends { readonly kind: string }>(values: readonly T[]) => keepWhere(values, isSigning);
const isSigning = (v: { readonly kind: string }) => v.kind === 'signing';

export function findDocuments(sentences: readonly SentenceAnalysis[], lex: Lexicon): LocalDocument[] {
  const out: LocalDocument[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const trigger = lex.events.longest(s.tokens, i, signingsOnly);
      if (!trigger) continue;
      let j = i + trigger.length;
      while (j < s.tokens.length && lex.quantifiers.has(s.tokens[j].lower)) j++;
      const head = lex.documentHeads.longest(s.tokens, j);
      if (!head || plannedAt(s, i, lex)) continue;
      let end = j + head.length;
      while (
        end < s.tokens.length &&
        end - j < 8 &&
        (s.tokens[end].isWord || s.tokens[end].text === '-') &&
        !lex.documentNameStops.has(s.tokens[end].lower)
      )
        end++;
      // A bare `dokumen` or `perjanjian` names no particular document.
      if (end - j < 2) continue;
      const name = s.sentence.text.slice(
        s.tokens[j].start - s.sentence.start,
        s.tokens[end - 1].end - s.sentence.start,
      );
      out.push({
        kind: head.values[0] as LocalDocument['kind'],
        name,
        signers: signersOf(s, i),
        evidence: evidenceOf(s.sentence),
      });
      break;
    }
  }
  return out;
}

/**
 * `Vostochny di timur jauh Rusia`, `Knevichi di Vladivostok`: a place followed by `di`, a few
 * lower-case words at most, and a country or region lies inside it.
 */
export function findContainments(
  sentences: readonly SentenceAnalysis[],
  entities: readonly LocalEntity[],
  lex: Lexicon,
): LocalContainment[] {
  const out: LocalContainment[] = [];
  for (const s of sentences) {
    const places = s.mentions.filter((m) => m.mention.type === 'Place');
    for (const inner of places) {
      const after = s.tokens.findIndex((t) => t.start >= inner.mention.end);
      if (!lex.containmentCues.has(s.tokens[after]?.lower ?? '')) continue;
      let k = after + 1;
      while (k < s.tokens.length && k - after <= 3 && /^\p{Ll}/u.test(s.tokens[k].text)) k++;
      const outer = places.find((p) => p.token === k);
      const kind = outer && entities[outer.entity].kind;
      if (!outer || outer.entity === inner.entity || (kind !== 'country' && kind !== 'region' && kind !== 'city'))
        continue;
      if (entities[inner.entity].kind === 'country') continue;
      out.push({ place: inner.entity, within: outer.entity, evidence: evidenceOf(s.sentence) });
    }
  }
  return out;
}

/** People named in the sentence sign; failing them, the places or organisations before the verb. */
function signersOf(s: SentenceAnalysis, verb: number): number[] {
  const persons = s.mentions.filter((m) => m.mention.type === 'Person');
  const pick = (ms: readonly EntityMention[]) => [...new Set(ms.map((m) => m.entity))];
  if (persons.length) return pick(persons);
  return pick(s.mentions.filter((m) => m.token < verb && m.mention.type !== 'Person'));
}
