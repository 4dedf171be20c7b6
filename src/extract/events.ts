/**
 * Pass 9: events. A sentence with a trigger (`kunjungan`, `bertemu`, `menandatangani`…)
 * that names at least one person and a place, a date or a second person reports an event;
 * plans (`akan`, `dijadwalkan`) are not events yet. Roles come from the host cue
 * (`X menyambut Y`), from where the participants' offices belong, and from delegation
 * lists. Reports of one event within the article are merged.
 */
import { evidenceOf, plannedAt, type SentenceAnalysis } from './analysis.js';
import { EVENT_KINDS, outranks } from '../graph/contract.js';
import { sameEvent, type SameEventRule } from '../graph/same-event.js';
import { unionSpan } from './isodate.js';
import { titleHeadsOnly, type Lexicon } from './lexicon.js';
import type { EventKind, LocalEntity, LocalEvent, LocalParticipant, ParticipantRole, Evidence } from './types.js';

interface Trigger {
  readonly kind: EventKind;
  readonly token: number;
  readonly phrase: string;
}

interface Draft {
  kind: EventKind;
  date?: string;
  endDate?: string;
  dateText?: string;
  place?: number;
  participants: Map<number, { role: ParticipantRole; evidence: Evidence[] }>;
  evidence: Evidence[];
}

export function findEvents(sentences: readonly SentenceAnalysis[], entities: readonly LocalEntity[], countryOf: ReadonlyMap<number, string>, lex: Lexicon): LocalEvent[] {
  const drafts: Draft[] = [];
  for (const s of sentences) {
    const triggers = findTriggers(s, lex);
    const fresh = triggers.find((t) => !refersBack(s, t, lex));
    const persons = s.mentions.filter((m) => m.mention.type === 'Person');
    const delegation = lex.delegationCues.within(s.tokens);
    if (!fresh || (delegation && persons.length && drafts.length > 0)) {
      // `Delegasi Rusia termasuk …` or `Kunjungan itu berlangsung hingga Kamis (20/6)`: more about an event already told.
      const kind = triggers[0]?.kind;
      const target = [...drafts].reverse().find((d) => (kind ? d.kind === kind : EVENT_KINDS[d.kind].travel)) ?? drafts[drafts.length - 1];
      if (!target || (!triggers.length && !delegation)) continue;
      if (delegation) for (const p of persons) addParticipant(target, p.entity, 'delegate', evidenceOf(s.sentence));
      // It may date the event (`Pertemuan itu berlangsung Kamis (25/4)`) or tell when it ended (`hingga Kamis (20/6)`).
      const dated = s.dates.find((d) => d.date);
      if (dated && !target.date && !target.endDate) Object.assign(target, { date: dated.date, endDate: dated.endDate, dateText: dated.text });
      else if (dated) {
        // A later day ends it (`hingga Kamis (20/6)`); an earlier one, often a day and month read in the wrong year, is not its end.
        const end = maxDate(target.endDate, dated.endDate ?? dated.date);
        if (!target.date || !end || end >= target.date) target.endDate = end;
      }
      if (!target.evidence.some((e) => e.sentence === s.sentence.index)) target.evidence.push(evidenceOf(s.sentence));
      continue;
    }
    // People named inside a phrase that points back (`Kunjungan Lavrov ini`) belong to that earlier event.
    const backRanges = triggers.filter((t) => t !== fresh && refersBack(s, t, lex)).map((t) => [t.token, backEnd(s, t)] as const);
    const actors = persons.filter((p) => !backRanges.some(([a, b]) => p.token >= a && p.token < b));
    if (plannedAt(s, fresh.token, lex) || !actors.length) continue;
    const dates = s.dates.filter((d) => d.date);
    const [first, ...rest] = dates;
    const until = rest.find((d) => lex.untilWord.test(s.sentence.text.slice(0, d.start - s.sentence.start).trim().split(/\s+/).pop() ?? ''));
    const place = eventPlace(s, lex);
    const roles = hostAndGuests(s, lex);
    if (place === undefined && !first && actors.length < 2) {
      // `Ia disambut Menteri Luar Negeri Choe Son-hui di bandara`: no place or date of its own, so it goes on the same kind of event just told.
      const previous = [...drafts].reverse().find((d) => d.kind === fresh.kind);
      for (const p of previous ? actors : []) addParticipant(previous!, p.entity, roles.get(p.entity) ?? 'participant', evidenceOf(s.sentence));
      if (previous && !previous.evidence.some((e) => e.sentence === s.sentence.index)) previous.evidence.push(evidenceOf(s.sentence));
      continue;
    }
    const draft: Draft = {
      kind: fresh.kind,
      date: first?.date,
      endDate: until?.date && first?.date && until.date > first.date ? until.date : first?.endDate,
      dateText: first ? [first.text, until?.text].filter(Boolean).join(' … ') : undefined,
      place,
      participants: new Map(),
      evidence: [evidenceOf(s.sentence)],
    };
    for (const p of actors) {
      const role = roles.get(p.entity) ?? roleByCountry(p.entity, place, entities, countryOf);
      addParticipant(draft, p.entity, role, evidenceOf(s.sentence));
    }
    drafts.push(draft);
  }
  return mergeDrafts(drafts).map(finish);
}

/** Triggers in sentence order, outside quotations, with a name after those that need one. */
function findTriggers(s: SentenceAnalysis, lex: Lexicon): Trigger[] {
  const out: Trigger[] = [];
  const begin = s.tokens.findIndex((t) => t.start >= s.sentence.contentStart);
  for (let i = Math.max(0, begin); i < s.tokens.length; i++) {
    const hit = lex.events.longest(s.tokens, i);
    if (!hit) continue;
    const { kind, needsName } = hit.values[0];
    const next = s.tokens[i + hit.length];
    const named = next && (next.capitalised || !!lex.titles.longest(s.tokens, i + hit.length, titleHeadsOnly));
    if ((!needsName || named) && !inQuotation(s, i)) out.push({ kind: kind as EventKind, token: i, phrase: s.tokens.slice(i, i + hit.length).map((t) => t.lower).join(' ') });
    i += hit.length - 1;
  }
  return out;
}

/** Quoted speech reports what someone said, not what happened. */
function inQuotation(s: SentenceAnalysis, token: number): boolean {
  const before = s.sentence.text.slice(0, s.tokens[token].start - s.sentence.start);
  return ((before.match(/["“”]/g) ?? []).length % 2) === 1;
}

/** Token after the names that may follow a trigger (`kunjungan Lavrov ini` → `ini`). */
function backEnd(s: SentenceAnalysis, t: Trigger): number {
  let j = t.token + t.phrase.split(' ').length;
  for (let names = 0; names < 3 && s.tokens[j]?.capitalised; names++) j++;
  return j;
}

/** `pertemuan itu`, `kunjungan Lavrov ini`: the trigger points back to an event already told. */
function refersBack(s: SentenceAnalysis, t: Trigger, lex: Lexicon): boolean {
  return lex.anaphors.has(s.tokens[backEnd(s, t)]?.lower ?? '');
}

/** Which cue, looking back up to three lower-case words, introduces the place at token `i`. */
function placeCue(s: SentenceAnalysis, i: number, lex: Lexicon): 'event' | 'other' | undefined {
  for (let gap = 0; gap < 3; gap++) {
    if (gap > 0 && !/^\p{Ll}/u.test(s.tokens[i - gap]?.text ?? '')) return undefined;
    if (lex.notEventPlaceCues.before(s.tokens, i - gap)) return 'other';
    if (lex.eventPlaceCues.before(s.tokens, i - gap)) return 'event';
  }
  return undefined;
}

/** Where the sentence locates the event: the first place after `di`/`ke` (`di bandara internasional Pyongyang`), else the first city or site. */
function eventPlace(s: SentenceAnalysis, lex: Lexicon): number | undefined {
  const places = s.mentions.filter((m) => m.mention.type === 'Place').map((m) => ({ m, cue: placeCue(s, m.token, lex) }));
  const chosen = places.find((p) => p.cue === 'event') ?? places.find((p) => p.cue !== 'other' && (p.m.mention.kind === 'city' || p.m.mention.kind === 'site'));
  return chosen?.m.entity;
}

/** `X menyambut Y` / `Y disambut X`: who hosts and who is received. */
function hostAndGuests(s: SentenceAnalysis, lex: Lexicon): Map<number, ParticipantRole> {
  const roles = new Map<number, ParticipantRole>();
  const cueAt = s.tokens.findIndex((t) => lex.hostCues.has(t.lower));
  if (cueAt < 0) return roles;
  const passive = lex.hostCues.get(s.tokens[cueAt].lower) === 'passive';
  for (const p of s.mentions) {
    if (p.mention.type !== 'Person') continue;
    const before = p.token < cueAt;
    roles.set(p.entity, before !== passive ? 'host' : 'guest');
  }
  return roles;
}

function roleByCountry(person: number, place: number | undefined, entities: readonly LocalEntity[], countryOf: ReadonlyMap<number, string>): ParticipantRole {
  const home = countryOf.get(person);
  const where = place === undefined ? undefined : entities[place].country;
  if (!home || !where) return 'participant';
  return home === where ? 'host' : 'guest';
}

function addParticipant(d: Draft, entity: number, role: ParticipantRole, evidence: Evidence): void {
  const p = d.participants.get(entity);
  if (!p) { d.participants.set(entity, { role, evidence: [evidence] }); return; }
  if (outranks(role, p.role)) p.role = role;
  if (!p.evidence.some((e) => e.sentence === evidence.sentence)) p.evidence.push(evidence);
}

const maxDate = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);

/**
 * Within an article, two reports of one event name no conflicting places and lie within a
 * day. An event someone travels to may have several stops: an undated stop of the same
 * guest joins it.
 */
const withinArticle: SameEventRule<Draft> = {
  slackDays: 1,
  placesFit: (a, b) => a.place === undefined || b.place === undefined || a.place === b.place || itinerary(a, b),
};

function itinerary(a: Draft, b: Draft): boolean {
  return !!EVENT_KINDS[a.kind].travel && (!a.date || !b.date) && [...a.participants].some(([e, p]) => p.role === 'guest' && b.participants.get(e)?.role === 'guest');
}

function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const into = out.find((o) => sameEvent(o, d, withinArticle));
    if (!into) { out.push(d); continue; }
    into.place ??= d.place;
    const span = unionSpan(into, d);
    if (span.date !== into.date && span.date === d.date) into.dateText = d.dateText ?? into.dateText;
    into.date = span.date;
    into.endDate = span.endDate;
    for (const [e, p] of d.participants) for (const ev of p.evidence) addParticipant(into, e, p.role, ev);
    for (const ev of d.evidence) if (!into.evidence.some((x) => x.sentence === ev.sentence)) into.evidence.push(ev);
  }
  return out;
}

function finish(d: Draft): LocalEvent {
  const participants: LocalParticipant[] = [...d.participants].map(([entity, p]) => ({ entity, role: p.role, evidence: p.evidence }));
  return { kind: d.kind, date: d.date, endDate: d.endDate, dateText: d.dateText, place: d.place, participants, evidence: d.evidence };
}
