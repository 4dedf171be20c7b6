/**
 * Event reports across articles merged into events, looked up through an index by kind,
 * participant and month (or place, for reports without a date), so that merging stays
 * linear in the number of reports however many events the corpus holds.
 */
import { DAY, interval, unionSpan } from '../extract/isodate.js';
import {
  joiningKinds,
  kindsJoin,
  outranks,
  type EventKind,
  type EvidenceItem,
  type ParticipantRole,
} from './contract.js';
import { sameEvent, type SameEventRule } from './same-event.js';

/** One report of an event, or the event that reports were merged into. */
export interface EventDraft {
  kind: EventKind;
  date?: string;
  endDate?: string;
  dateText?: string;
  place?: string;
  /** Scheduled, not yet happened: a merged event is planned only while every report of it is. */
  planned?: boolean;
  participants: Map<string, { role: ParticipantRole; evidence: EvidenceItem[] }>;
  evidence: EvidenceItem[];
  /** Where it was first reported, for a stable order. */
  first: string;
}

/** How far apart two reports' dates may be and still be one event. */
const SLACK_DAYS = 2;

interface Merged extends EventDraft {
  /** Its position among the merged events: the earliest that fits takes a report. */
  readonly seq: number;
  /** The articles that reported it: an article's own reports were merged already, and what it kept apart stays apart. */
  readonly docs: Set<string>;
}

/**
 * Every month a span touches, widened by `slack` on both sides, as year × 12 + month. A span
 * can end before it starts (an extracted end date earlier than the start); `datesMeet` then
 * still compares its ends, so the months run from the earlier end to the later one.
 */
function months([a, b]: [number, number], slack = 0): number[] {
  const month = (ms: number) => {
    const d = new Date(ms);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  };
  const out: number[] = [];
  for (let m = month(Math.min(a, b) - slack); m <= month(Math.max(a, b) + slack); m++) out.push(m);
  return out;
}

/**
 * Merged events filed under each (kind, participant): dated ones under every month they span,
 * and every one with a place under that place, dated and undated apart. A report can only join
 * an event that shares a participant with it; a dated one a dated event whose span meets its own
 * within the slack, or an undated one at its place; an undated one only an event at its place.
 * So these buckets hold every event it could join. A place bucket is kept in merge order and any
 * event in it fits a report of its key, so the first that still fits is the earliest: looking one
 * up costs the same however many events it holds. Events are filed again as they grow; a stale
 * entry (an event that has since moved to a finer place) is dropped when met.
 */
class EventIndex {
  private readonly byMonth = new Map<string, Set<Merged>>();
  private readonly byPlace = new Map<string, Merged[]>();

  /** Files `e` under `participants` (all of its own, or those it just gained). */
  file(e: Merged, participants: Iterable<string> = e.participants.keys()): void {
    const spanMonths = e.date ? months(interval(e.date, e.endDate)) : [];
    for (const p of participants) {
      const base = `${e.kind}\u0000${p}\u0000`;
      if (e.place !== undefined) this.addAtPlace(`${base}${e.date ? 'dated' : 'undated'}\u0000${e.place}`, e);
      for (const m of spanMonths) {
        const key = `${base}${m}`;
        const set = this.byMonth.get(key);
        if (set) set.add(e);
        else this.byMonth.set(key, new Set([e]));
      }
    }
  }

  /** The earliest event `r` joins, given the test `fits`. */
  find(r: EventDraft, fits: (e: Merged) => boolean): Merged | undefined {
    let best: Merged | undefined;
    const consider = (e: Merged) => {
      if ((!best || e.seq < best.seq) && fits(e)) best = e;
    };
    const reach = r.date ? months(interval(r.date, r.endDate), SLACK_DAYS * DAY) : [];
    for (const kind of joiningKinds(r.kind)) {
      for (const p of r.participants.keys()) {
        const base = `${kind}\u0000${p}\u0000`;
        for (const m of reach) for (const e of this.byMonth.get(`${base}${m}`) ?? []) consider(e);
        if (r.place === undefined) continue;
        for (const dated of r.date ? [false] : [true, false]) {
          const first = this.firstAtPlace(
            `${base}${dated ? 'dated' : 'undated'}\u0000${r.place}`,
            kind,
            dated,
            r.place,
            fits,
          );
          if (first) consider(first);
        }
      }
    }
    return best;
  }

  private addAtPlace(key: string, e: Merged): void {
    const list = this.byPlace.get(key);
    if (!list) {
      this.byPlace.set(key, [e]);
      return;
    }
    if (list.includes(e)) return;
    // Kept in merge order: an older event filed again goes where its number puts it.
    let at = list.length;
    while (at > 0 && list[at - 1].seq > e.seq) at--;
    list.splice(at, 0, e);
  }

  /** The first event of the bucket still filed rightly (its kind, place and being dated as the key says) that fits. */
  private firstAtPlace(
    key: string,
    kind: EventKind,
    dated: boolean,
    place: string,
    fits: (e: Merged) => boolean,
  ): Merged | undefined {
    const list = this.byPlace.get(key) ?? [];
    for (let i = 0; i < list.length;) {
      const e = list[i];
      if (e.kind !== kind || e.place !== place || (e.date !== undefined) !== dated) list.splice(i, 1);
      else if (fits(e)) return e;
      else i++;
    }
    return undefined;
  }
}

/**
 * Reports of one event across articles: kinds that join, the same place or one inside the
 * other (`Rusia` and `Vostochny`), dates within a day or two, and a shared participant. A report
 * without a date joins only an event at the very place it names (one without a place or date
 * could be any meeting of those people). The merged event keeps the most specific place, and
 * the kind the other kinds were part of.
 */
export function mergeEvents(
  events: readonly EventDraft[],
  within: ReadonlyMap<string, ReadonlySet<string>>,
): EventDraft[] {
  const inside = (a: string, b: string) => within.get(a)?.has(b) ?? false;
  const placesMeet = (a?: string, b?: string) =>
    a === undefined || b === undefined || a === b || inside(a, b) || inside(b, a);
  const acrossArticles: SameEventRule<EventDraft> = {
    slackDays: SLACK_DAYS,
    placesFit: (o, e) =>
      o.date !== undefined && e.date !== undefined
        ? placesMeet(o.place, e.place)
        : o.place !== undefined && o.place === e.place,
  };
  const sorted = [...events].sort((a, b) => (a.first < b.first ? -1 : 1));
  const merged: Merged[] = [];
  const index = new EventIndex();
  for (const e of sorted) {
    const docs = new Set(e.evidence.map((x) => x.doc));
    const into = index.find(e, (o) => ![...docs].some((d) => o.docs.has(d)) && sameEvent(o, e, acrossArticles));
    if (!into) {
      const m: Merged = {
        ...e,
        participants: new Map(e.participants),
        evidence: [...e.evidence],
        seq: merged.length,
        docs,
      };
      merged.push(m);
      index.file(m);
      continue;
    }
    const before = { kind: into.kind, place: into.place, date: into.date, endDate: into.endDate };
    into.kind = kindsJoin(into.kind, e.kind)!;
    if (into.place === undefined || (e.place !== undefined && inside(e.place, into.place))) into.place = e.place;
    const span = unionSpan(into, e);
    if (span.date !== into.date && span.date === e.date) into.dateText = e.dateText ?? into.dateText;
    into.date = span.date;
    into.endDate = span.endDate;
    if (into.planned && !e.planned) delete into.planned;
    const gained: string[] = [];
    for (const [k, p] of e.participants) {
      const q = into.participants.get(k);
      if (!q) {
        into.participants.set(k, { role: p.role, evidence: [...p.evidence] });
        gained.push(k);
      } else {
        if (outranks(p.role, q.role)) q.role = p.role;
        q.evidence.push(...p.evidence);
      }
    }
    into.evidence.push(...e.evidence);
    for (const d of docs) into.docs.add(d);
    const moved =
      before.kind !== into.kind ||
      before.place !== into.place ||
      before.date !== into.date ||
      before.endDate !== into.endDate;
    index.file(into, moved ? into.participants.keys() : gained);
  }
  return merged.map(({ seq: _seq, docs: _docs, ...event }) => event);
}
