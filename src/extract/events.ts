/**
 * Pass 9: events. A sentence with a trigger (`kunjungan`, `ditangkap`, `banjir`…) that names
 * someone taking part (a person, an organisation, a country paired with another, or a word
 * standing for people named before: see participants.ts) and a place, a date or a second
 * participant reports an event; so does one that gives a place and a date without naming
 * anyone. Plans (`akan`, `dijadwalkan`) are events marked planned. Roles come from the host
 * cue (`X menyambut Y`), from where the participants' offices belong, from delegation lists,
 * and, for kinds with an agent and a patient, from the trigger's voice and who is an
 * organisation. Reports of one event within the article are merged.
 */
import { evidenceOf, plannedAt, tokenAt, type SentenceAnalysis } from './analysis.js';
import { EVENT_KINDS, kindsJoin, outranks } from '../graph/contract.js';
import { sameEvent, type SameEventRule } from '../graph/same-event.js';
import { interval, unionSpan } from './isodate.js';
import { titleHeadsOnly, type Lexicon } from './lexicon.js';
import type { LanguageModel } from './model.js';
import { PrecedingPhrases } from './tokens.js';
import { referredParticipants, withoutSuffix } from './participants.js';
import type {
  DateMention,
  EntityType,
  EventKind,
  LocalEntity,
  LocalEvent,
  LocalParticipant,
  ParticipantRole,
  Evidence,
  PlaceKind,
} from './types.js';

interface Trigger {
  readonly kind: EventKind;
  readonly token: number;
  readonly phrase: string;
  readonly voice?: 'active' | 'passive';
}

/** Someone or something a sentence names as taking part, at the token where it is named. */
interface Actor {
  readonly entity: number;
  readonly token: number;
  readonly type: EntityType;
  /** A person named with the office of an organisation (`Ketua KPK …`): acts for it. */
  readonly forOrganization: boolean;
}

interface Draft {
  kind: EventKind;
  date?: string;
  endDate?: string;
  dateText?: string;
  place?: number;
  planned?: true;
  participants: Map<number, { role: ParticipantRole; evidence: Evidence[] }>;
  evidence: Evidence[];
}

export function findEvents(
  sentences: readonly SentenceAnalysis[],
  entities: readonly LocalEntity[],
  countryOf: ReadonlyMap<number, string>,
  lex: Lexicon,
): LocalEvent[] {
  const drafts: Draft[] = [];
  const referred = referredParticipants(sentences, entities, lex);
  // `… partai yang membentuk koalisi X:` followed by `- Partai A: …` lines: each line's leading name takes part in the event the sentence told.
  let intro: SentenceAnalysis | undefined;
  let list: Draft | undefined;
  for (const s of sentences) {
    if (intro && LIST_ITEM.test(s.sentence.text)) {
      list ??= listEvent(intro, drafts);
      const first = s.tokens.findIndex((t) => t.isWord);
      const named = s.mentions.find((m) => m.token === first && m.mention.type !== 'Place');
      if (list && named) addParticipant(list, named.entity, 'participant', evidenceOf(s.sentence));
      continue;
    }
    [intro, list] = [LIST_INTRO.test(s.sentence.text) ? s : undefined, undefined];
    const triggers = findTriggers(s, lex);
    // `Usai KTT, Xi … menutup kunjungannya`: the visit is the sentence's event; `sebulan setelah pertemuan …`, with nothing else, the meeting is.
    const news = triggers.filter((t) => !refersBack(s, t, lex));
    const fresh = news.find((t) => !timeOfAnother(s, t, lex)) ?? news[0];
    const persons = s.mentions.filter((m) => m.mention.type === 'Person');
    const delegationAt = delegationCueAt(s, lex);
    const delegation = delegationAt !== undefined;
    // `Putin tiba … dengan membawa delegasi Rusia`: someone named before the cue leads it, and the sentence tells an event of its own.
    const led = fresh && persons.some((p) => p.token < delegationAt!);
    if (!fresh || (delegation && !led && persons.length && drafts.length > 0)) {
      // `Delegasi Rusia termasuk …` or `Kunjungan itu berlangsung hingga Kamis (20/6)`: more about an event already told.
      const kind = triggers[0]?.kind;
      const latest = [...drafts].reverse();
      const dated = eventDates(s, lex)[0];
      // `hingga Kamis (20/6)` ends an event that has begun: the latest dated one of the kind.
      const ending =
        dated &&
        lex.untilWord.test(
          s.sentence.text
            .slice(0, dated.start - s.sentence.start)
            .trim()
            .split(/\s+/)
            .pop() ?? '',
        );
      const ofKind = kind ? latest.filter((d) => d.kind === kind) : [];
      const target =
        (ending ? ofKind.find((d) => d.date) : undefined) ??
        ofKind[0] ??
        latest.find((d) => EVENT_KINDS[d.kind].travel) ??
        latest[0];
      if (!triggers.length && !delegation) {
        placeFromQuote(s, latest, lex);
        continue;
      }
      if (!target) continue;
      if (delegation) for (const p of persons) addParticipant(target, p.entity, 'delegate', evidenceOf(s.sentence));
      // It may date the event (`Pertemuan itu berlangsung Kamis (25/4)`) or tell when it ended (`hingga Kamis (20/6)`).
      if (dated && !ending && !target.date && !target.endDate)
        Object.assign(target, { date: dated.date, endDate: dated.endDate, dateText: dated.text });
      else if (dated) {
        // A later day ends it (`hingga Kamis (20/6)`); an earlier one, often a day and month read in the wrong year, is not its end.
        const end = maxDate(target.endDate, dated.endDate ?? dated.date);
        if (!target.date || !end || end >= target.date) target.endDate = end;
      }
      if (!target.evidence.some((e) => e.sentence === s.sentence.index)) target.evidence.push(evidenceOf(s.sentence));
      continue;
    }
    // People named inside a phrase that points back (`Kunjungan Lavrov ini`) belong to that earlier event.
    const backRanges = triggers
      .filter((t) => t !== fresh && refersBack(s, t, lex))
      .map((t) => [t.token, backEnd(s, t)] as const);
    const actors = actorsOf(s, referred.get(s.sentence.index) ?? [], entities, lex).filter(
      (a) => !backRanges.some(([x, y]) => a.token >= x && a.token < y),
    );
    const dates = eventDates(s, lex);
    const [first, ...rest] = dates;
    const until = rest.find((d) =>
      lex.untilWord.test(
        s.sentence.text
          .slice(0, d.start - s.sentence.start)
          .trim()
          .split(/\s+/)
          .pop() ?? '',
      ),
    );
    const place = eventPlace(s, fresh.token, lex);
    // `Ketiga belas, membentuk Dana Abadi …`: an active verb with nobody before it is a programme's item, not a report.
    if (fresh.voice === 'active' && !actors.some((a) => a.token < fresh.token)) continue;
    // Nobody named, but a place and a date (`Kerusuhan di Los Angeles … Sabtu (7/6/2025)`): an event all the same, unless someone must travel to it.
    if (!actors.length && (place === undefined || !first || EVENT_KINDS[fresh.kind].travel)) continue;
    const roles = hostAndGuests(s, actors, lex);
    const planned = plannedAt(s, fresh.token, lex) || plannedAfter(s, fresh, lex);
    // A plan is an event once it is scheduled: with a date (`dijadwalkan … Selasa (10/6/2025)`).
    if (planned && !first) continue;
    if (place === undefined && !first && actors.length < 2) {
      // `Ia disambut Menteri Luar Negeri Choe Son-hui di bandara`: no place or date of its own, so it goes on the same kind of event just told.
      const previous = [...drafts].reverse().find((d) => d.kind === fresh.kind);
      for (const a of previous ? actors : [])
        addParticipant(
          previous!,
          a.entity,
          roles.get(a.entity) ?? roleOf(fresh, a, undefined, entities, countryOf),
          evidenceOf(s.sentence),
        );
      if (previous && !previous.evidence.some((e) => e.sentence === s.sentence.index))
        previous.evidence.push(evidenceOf(s.sentence));
      continue;
    }
    const draft: Draft = {
      kind: fresh.kind,
      date: first?.date,
      endDate: until?.date && first?.date && until.date > first.date ? until.date : first?.endDate,
      dateText: first ? [first.text, until?.text].filter(Boolean).join(' … ') : undefined,
      place,
      ...(planned ? { planned: true as const } : {}),
      participants: new Map(),
      evidence: [evidenceOf(s.sentence)],
    };
    for (const a of actors) {
      const delegate = delegationAt !== undefined && a.type === 'Person' && a.token >= delegationAt;
      addParticipant(
        draft,
        a.entity,
        delegate ? 'delegate' : (roles.get(a.entity) ?? roleOf(fresh, a, place, entities, countryOf)),
        evidenceOf(s.sentence),
      );
    }
    drafts.push(draft);
  }
  const leadSentence = sentences[0];
  // Only a day dates the story's happening; `bulan lalu` in a lead tells of something before it.
  const lead = {
    date: leadSentence && eventDates(leadSentence, lex).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date!)),
    entities: new Set(leadSentence?.mentions.map((m) => m.entity) ?? []),
  };
  return mergeDrafts(drafts, entities, lead).map(finish);
}

/**
 * `"Penahanan dilakukan … di Rutan X," kata …`: quoted speech tells no event, but where it says an
 * event of the kind just told took place, the latest such event without a place takes that place.
 */
function placeFromQuote(s: SentenceAnalysis, latest: readonly Draft[], lex: Lexicon): void {
  for (const t of findTriggers(s, lex, true)) {
    const target = latest.find((d) => d.kind === t.kind);
    const place = target && target.place === undefined ? eventPlace(s, t.token, lex) : undefined;
    if (place === undefined) continue;
    target!.place = place;
    if (!target!.evidence.some((e) => e.sentence === s.sentence.index)) target!.evidence.push(evidenceOf(s.sentence));
    return;
  }
}

const LIST_INTRO = /:\s*$/;
const LIST_ITEM = /^\s*(?:[-–•*]|\d{1,2}[.)])\s/;

/** The event a sentence that opens a list told: the latest one it gave evidence to, else the latest one with someone it names. */
function listEvent(intro: SentenceAnalysis, drafts: readonly Draft[]): Draft | undefined {
  const named = new Set(intro.mentions.map((m) => m.entity));
  const latest = [...drafts].reverse();
  return (
    latest.find((d) => d.evidence.some((e) => e.sentence === intro.sentence.index)) ??
    latest.find((d) => [...d.participants.keys()].some((e) => named.has(e)))
  );
}

/** Triggers in sentence order, outside quotations (or, with `quoted`, inside them), with a name after those that need one. */
function findTriggers(s: SentenceAnalysis, lex: Lexicon, quoted = false): Trigger[] {
  const out: Trigger[] = [];
  const begin = s.tokens.findIndex((t) => t.start >= s.sentence.contentStart);
  for (let i = Math.max(0, begin); i < s.tokens.length; i++) {
    // `laba ditahan`, `ditahan imbang`: the words of such a phrase report no event.
    const none = lex.notEvents.longest(s.tokens, i);
    if (none) {
      i += none.length - 1;
      continue;
    }
    // `dialognya` is `dialog` (whose, participants.ts tells).
    const stem = withoutSuffix(s.tokens[i], lex);
    const hit = lex.events.longest(s.tokens, i) ?? (stem ? lex.events.longest([stem], 0) : undefined);
    if (!hit) continue;
    const { kind, needsName, voice } = hit.values[0];
    const next = s.tokens[i + hit.length];
    const named = next && (next.capitalised || !!lex.titles.longest(s.tokens, i + hit.length, titleHeadsOnly));
    if ((!needsName || named) && inQuotation(s, i) === quoted)
      out.push({
        kind: kind as EventKind,
        token: i,
        phrase: s.tokens
          .slice(i, i + hit.length)
          .map((t) => t.lower)
          .join(' '),
        voice,
      });
    i += hit.length - 1;
  }
  return out;
}

/**
 * Who the sentence names as taking part: its people, its organisations (not the outlets that
 * report), countries paired with another party (`Indonesia dan Uni Eropa`), and the people
 * its pronouns and references stand for; each once, where first named.
 */
function actorsOf(
  s: SentenceAnalysis,
  referred: readonly { entity: number; token: number }[],
  entities: readonly LocalEntity[],
  lex: Lexicon,
): Actor[] {
  const joiners = new Set(lex.model.nameJoiners);
  const party = (i: number) =>
    s.mentions.find((m) => m.token === i && (m.mention.type !== 'Place' || m.mention.kind === 'country'));
  const paired = (m: SentenceAnalysis['mentions'][number]) => {
    const end = tokenAt(s.tokens, m.mention.end);
    return (
      (joiners.has(s.tokens[end]?.lower ?? '') && !!party(end + 1)) ||
      (joiners.has(s.tokens[m.token - 1]?.lower ?? '') &&
        s.mentions.some(
          (o) =>
            o !== m &&
            tokenAt(s.tokens, o.mention.end) === m.token - 1 &&
            (o.mention.type !== 'Place' || o.mention.kind === 'country'),
        ))
    );
  };
  const out = new Map<number, Actor>();
  const add = (a: Actor) => {
    if (!out.has(a.entity)) out.set(a.entity, a);
  };
  for (const m of s.mentions) {
    const { type } = m.mention;
    if (type === 'Place' && !(m.mention.kind === 'country' && !placeCued(s, m.token, lex) && paired(m))) continue;
    if (type === 'Organization' && m.mention.kind === 'media') continue;
    add({ entity: m.entity, token: m.token, type, forOrganization: m.mention.affiliation?.type === 'Organization' });
  }
  for (const r of referred)
    add({ entity: r.entity, token: r.token, type: entities[r.entity].type, forOrganization: false });
  return [...out.values()].sort((a, b) => a.token - b.token);
}

const placeCued = (s: SentenceAnalysis, i: number, lex: Lexicon) => !!lex.placeCues.before(s.tokens, i);

/**
 * The role of an actor in an event of a kind with an agent and a patient: organisations and
 * those who act for one are the agent (`KPK`, `Ketua DKPP …`); of the rest, an active verb has
 * its agent before it, a passive one its patient, and a noun names its patient.
 */
function roleOf(
  t: Trigger,
  a: Actor,
  place: number | undefined,
  entities: readonly LocalEntity[],
  countryOf: ReadonlyMap<number, string>,
): ParticipantRole {
  const { agent, patient } = EVENT_KINDS[t.kind];
  if (!agent && !patient)
    return a.type === 'Person' ? roleByCountry(a.entity, place, entities, countryOf) : 'participant';
  const before = a.token < t.token;
  const acts =
    a.type === 'Organization' ||
    a.forOrganization ||
    (t.voice === 'active' ? before : t.voice === 'passive' ? !before : false);
  return (acts ? agent : patient) ?? 'participant';
}

/** The token where the sentence's first delegation cue starts (`delegasi`, `didampingi`). */
function delegationCueAt(s: SentenceAnalysis, lex: Lexicon): number | undefined {
  for (let i = 1; i <= s.tokens.length; i++) {
    const cue = lex.delegationCues.before(s.tokens, i);
    if (cue) return i - cue.tokens.length;
  }
  return undefined;
}

/** How many words after a noun a plan's marker may stand (`Pelantikan Ayu sebagai bupati dijadwalkan …`). */
const PLAN_REACH = 6;

/** A noun trigger whose verb tells a plan (`Pelantikan … dijadwalkan berlangsung`, `KTT … akan diselenggarakan`). */
function plannedAfter(s: SentenceAnalysis, t: Trigger, lex: Lexicon): boolean {
  if (lex.verbForm.test(t.phrase.split(' ')[0])) return false;
  const from = t.token + t.phrase.split(' ').length;
  for (let i = from; i < Math.min(s.tokens.length, from + PLAN_REACH); i++)
    if (lex.futureMarkers.has(s.tokens[i].lower)) return true;
  return false;
}

const timeWords = new WeakMap<LanguageModel, PrecedingPhrases>();
/** `Usai KTT, …`: the trigger tells when the sentence's event was, by another event. */
function timeOfAnother(s: SentenceAnalysis, t: Trigger, lex: Lexicon): boolean {
  let words = timeWords.get(lex.model);
  if (!words)
    timeWords.set(
      lex.model,
      (words = new PrecedingPhrases(lex.model.eventTimeWords.map((w) => [w, undefined] as const))),
    );
  return !!words.before(s.tokens, t.token);
}

const CLOSING_STOP = /[,.!?…]$/;

/**
 * Quoted speech reports what someone said, not what happened: inside an odd quotation mark,
 * or before the closing mark of a quotation that opened in an earlier sentence.
 */
function inQuotation(s: SentenceAnalysis, token: number): boolean {
  const at = s.tokens[token].start - s.sentence.start;
  const text = s.sentence.text;
  const marks = [...text.matchAll(/["“”]/g)].map((m) => ({ at: m.index, mark: m[0] }));
  // `…selesai," kata Budi dalam konferensi pers`: a straight mark right after the speech's last stop closes it.
  const closes = (m: { at: number; mark: string }) =>
    m.mark === '”' || (m.mark === '"' && CLOSING_STOP.test(text.slice(0, m.at)));
  let open = false;
  for (const m of marks.filter((x) => x.at < at)) open = m.mark === '“' ? true : closes(m) ? false : !open;
  if (open) return true;
  const next = marks.find((m) => m.at >= at);
  return !!next && (next.mark === '”' || (next.mark === '"' && marks.length % 2 === 1));
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

const reportCues = new WeakMap<LanguageModel, ReadonlySet<string>>();
/** How many words before a date a report cue may stand (`laporan media KCNA pada Jumat`). */
const REPORT_CUE_REACH = 10;

/**
 * The sentence's resolved dates, those that date a report of the event (`menurut laporan KCNA
 * pada Jumat, 20 Oktober`) after the others: a report's date stands for the event's only when
 * the sentence gives no other, as news reports what happened a day or so before.
 */
function eventDates(s: SentenceAnalysis, lex: Lexicon): DateMention[] {
  let cues = reportCues.get(lex.model);
  if (!cues) reportCues.set(lex.model, (cues = new Set(lex.model.reportDateCues)));
  const reported = (d: DateMention) => {
    const at = tokenAt(s.tokens, d.start);
    for (let i = Math.max(0, at - REPORT_CUE_REACH); i < at; i++) if (cues.has(s.tokens[i].lower)) return true;
    return false;
  };
  const dated = s.dates.filter((d) => d.date);
  return [...dated.filter((d) => !reported(d)), ...dated.filter(reported)];
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

/** How many words after the trigger its place may be named: later, the sentence has gone on to something else. */
const PLACE_REACH = 15;

/** Finer places first: a site before its city, a city before its country. */
const SPECIFICITY: Readonly<Record<PlaceKind, number>> = { site: 0, city: 1, region: 2, other: 3, country: 4 };
const specificity = (kind: PlaceKind | undefined) => SPECIFICITY[kind ?? 'other'] ?? SPECIFICITY.other;

/**
 * Where the sentence locates the event: of the places after `di`/`ke` and those set beside them
 * (`di Istana Kepresidenan, Jakarta`), the first that is not a country (a site is written before
 * its city, a city before its country: `di kota Vladivostok, Rusia` → Vladivostok), else the first;
 * without such a cue, the first city or site not named as an origin. Only places before the
 * trigger or shortly after it count.
 */
function eventPlace(s: SentenceAnalysis, trigger: number, lex: Lexicon): number | undefined {
  const places = s.mentions
    .filter((m) => m.mention.type === 'Place' && m.token <= trigger + PLACE_REACH)
    .map((m) => ({ m, cue: placeCue(s, m.token, lex) }));
  const cued = places.filter(
    (p, k) =>
      p.cue === 'event' ||
      (k > 0 &&
        p.cue === undefined &&
        s.tokens[p.m.token - 1]?.text === ',' &&
        p.m.token === tokenAt(s.tokens, places[k - 1].m.mention.end) + 1 &&
        openedByCue(places, k)),
  );
  const pool = cued.length
    ? cued
    : places.filter((p) => p.cue !== 'other' && (p.m.mention.kind === 'city' || p.m.mention.kind === 'site'));
  return (pool.find((p) => p.m.mention.kind !== 'country') ?? pool[0])?.m.entity;
}

/** Whether the place at `k` is set beside a chain that a place cue opened. */
function openedByCue(places: readonly { cue?: 'event' | 'other' }[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (places[j].cue) return places[j].cue === 'event';
  return false;
}

/** `X menyambut Y` / `Y disambut X`: who hosts and who is received. */
function hostAndGuests(s: SentenceAnalysis, actors: readonly Actor[], lex: Lexicon): Map<number, ParticipantRole> {
  const roles = new Map<number, ParticipantRole>();
  const cueAt = s.tokens.findIndex((t) => lex.hostCues.has(t.lower));
  if (cueAt < 0) return roles;
  const passive = lex.hostCues.get(s.tokens[cueAt].lower) === 'passive';
  for (const p of actors) {
    if (p.type !== 'Person') continue;
    const before = p.token < cueAt;
    roles.set(p.entity, before !== passive ? 'host' : 'guest');
  }
  return roles;
}

function roleByCountry(
  person: number,
  place: number | undefined,
  entities: readonly LocalEntity[],
  countryOf: ReadonlyMap<number, string>,
): ParticipantRole {
  const home = countryOf.get(person);
  const where = place === undefined ? undefined : entities[place].country;
  if (!home || !where) return 'participant';
  return home === where ? 'host' : 'guest';
}

function addParticipant(d: Draft, entity: number, role: ParticipantRole, evidence: Evidence): void {
  const p = d.participants.get(entity);
  if (!p) {
    d.participants.set(entity, { role, evidence: [evidence] });
    return;
  }
  if (outranks(role, p.role)) p.role = role;
  if (!p.evidence.some((e) => e.sentence === evidence.sentence)) p.evidence.push(evidence);
}

const maxDate = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);

/**
 * Within an article, two reports of one event name no conflicting places (the same, one not
 * given, or a country and a place in it) and the same days: an article that gives two days tells
 * of two happenings. An event someone travels to may have several stops: an undated stop of
 * the same guest joins it.
 */
function withinArticle(entities: readonly LocalEntity[]): SameEventRule<Draft> {
  const inCountry = (a: number, b: number) =>
    entities[b].kind === 'country' && !!entities[a].country && entities[a].country === entities[b].country;
  return {
    slackDays: 0,
    unnamedJoinAtPlace: true,
    placesFit: (a, b) =>
      a.place === undefined ||
      b.place === undefined ||
      a.place === b.place ||
      inCountry(a.place, b.place) ||
      inCountry(b.place, a.place) ||
      itinerary(a, b),
  };
}

function itinerary(a: Draft, b: Draft): boolean {
  return (
    !!EVENT_KINDS[a.kind].travel &&
    (!a.date || !b.date) &&
    [...a.participants].some(([e, p]) => p.role === 'guest' && b.participants.get(e)?.role === 'guest')
  );
}

/**
 * Reports of one event merged: first those that `sameEvent` joins, then each undated report
 * into a dated event of the article, whatever its kind, that it shares a participant and the
 * place with (`Kedua pemimpin berbincang lebih dari empat jam` is part of the meeting
 * just told), else into the article's only dated event of its kind (`Petugas menangkap Bos
 * Texmaco itu di …` is the arrest told with its date). An event placed in a country takes the
 * finer place in it of the same people's journey there, and one without a place the place of
 * an event of its people within its days. What stays undated takes the date of the
 * article's lead sentence when it shares a participant or its place with it: the lead tells
 * when the story's happening was.
 */
function mergeDrafts(
  drafts: readonly Draft[],
  entities: readonly LocalEntity[],
  lead: { date?: DateMention; entities: ReadonlySet<number> },
): Draft[] {
  const rule = withinArticle(entities);
  const joined: Draft[] = [];
  for (const d of drafts) {
    const into = joined.find((o) => sameEvent(o, d, rule));
    if (into) fold(into, d, entities);
    else joined.push(d);
  }
  const shares = (o: Draft, d: Draft) => [...d.participants.keys()].some((p) => o.participants.has(p));
  const partOfDated = (d: Draft) => {
    if (d.date) return undefined;
    const dated = joined.filter((o) => o.date);
    const ofKind = dated.filter((o) => o.kind === d.kind);
    // At the very place, or where either gives none: `di Korea Selatan` is not the summit at Seoul.
    const samePlace = (o: Draft) => o.place === undefined || d.place === undefined || o.place === d.place;
    return dated.find((o) => samePlace(o) && shares(o, d)) ?? (ofKind.length === 1 ? ofKind[0] : undefined);
  };
  const out: Draft[] = [];
  for (const d of joined) {
    const into = partOfDated(d);
    if (into) fold(into, d, entities, into.kind);
    else out.push(d);
  }
  // `ke Korea Utara`, where the same people's visit went to Pyongyang: the finer place of that trip.
  for (const d of out) {
    if (d.place === undefined || entities[d.place].kind !== 'country') continue;
    const country = entities[d.place].country;
    const finer = out.find(
      (o) =>
        o !== d &&
        EVENT_KINDS[o.kind].travel &&
        o.place !== undefined &&
        o.place !== d.place &&
        !!country &&
        entities[o.place].country === country &&
        shares(o, d),
    );
    if (finer) d.place = finer.place;
  }
  // `konferensi pers penutupan HLF-MSP 2024 di Nusa Dua` places the forum it closed: an event without a place takes that of one of its own people within its days.
  for (const d of out) {
    if (d.place !== undefined || !d.date) continue;
    const [from, to] = interval(d.date, d.endDate);
    const within = out.find(
      (o) =>
        o !== d &&
        o.place !== undefined &&
        o.date &&
        shares(o, d) &&
        interval(o.date, o.endDate)[0] >= from &&
        interval(o.date, o.endDate)[1] <= to,
    );
    if (within) d.place = within.place;
  }
  for (const d of out) {
    const related =
      (d.place !== undefined && lead.entities.has(d.place)) ||
      [...d.participants.keys()].some((p) => lead.entities.has(p));
    if (!d.date && lead.date && related)
      Object.assign(d, { date: lead.date.date, endDate: lead.date.endDate, dateText: lead.date.text });
  }
  return out;
}

/** Adds report `d` to event `into`, which takes `kind` (by default the kind both join as). */
function fold(into: Draft, d: Draft, entities: readonly LocalEntity[], kind = kindsJoin(into.kind, d.kind)!): void {
  into.kind = kind;
  // The finer place of the two (`Bandara Soekarno-Hatta` over `Tangerang`); a journey's stops do not replace where it went.
  if (
    into.place === undefined ||
    (!EVENT_KINDS[into.kind].travel &&
      d.place !== undefined &&
      specificity(entities[d.place].kind as PlaceKind) < specificity(entities[into.place].kind as PlaceKind))
  )
    into.place = d.place;
  if (into.planned && !d.planned) delete into.planned;
  const span = unionSpan(into, d);
  if (span.date !== into.date && span.date === d.date) into.dateText = d.dateText ?? into.dateText;
  into.date = span.date;
  into.endDate = span.endDate;
  for (const [e, p] of d.participants) for (const ev of p.evidence) addParticipant(into, e, p.role, ev);
  for (const ev of d.evidence) if (!into.evidence.some((x) => x.sentence === ev.sentence)) into.evidence.push(ev);
}

function finish(d: Draft): LocalEvent {
  const participants: LocalParticipant[] = [...d.participants].map(([entity, p]) => ({
    entity,
    role: p.role,
    evidence: p.evidence,
  }));
  return {
    kind: d.kind,
    date: d.date,
    endDate: d.endDate,
    dateText: d.dateText,
    place: d.place,
    ...(d.planned ? { planned: true as const } : {}),
    participants,
    evidence: d.evidence,
  };
}
