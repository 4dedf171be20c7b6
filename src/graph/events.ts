/**
 * Event reports across articles merged into events, looked up through an index by kind,
 * participant and month (or place, for undated reports), so that merging stays linear in the
 * number of reports however many events the corpus holds.
 */
import { DAY, interval, unionSpan } from '../extract/isodate.js';
import { outranks, type EventKind, type EvidenceItem, type ParticipantRole } from './contract.js';
import { sameEvent, type SameEventRule } from './same-event.js';

/** One report of an event, or the event that reports were merged into. */
export interface EventDraft {
  kind: EventKind;
  date?: string;
  endDate?: string;
  dateText?: string;
  place?: string;
  participants: Map<string, { role: ParticipantRole; evidence: EvidenceItem[] }>;
  evidence: EvidenceItem[];
  /** Where it was first reported, for a stable order. */
  first: string;
}

/** How far apart two reports' dates may be and still be one event. */
const SLACK_DAYS = 2;

interface Merged extends EventDraft {
  /** Its position among the merged events of its kind: the earliest that fits takes a report. */
  readonly seq: number;
}

/**
 * Every month a span touches, widened by `slack` on both sides, as year × 12 + month. A span
 * can end before it starts (an extracted end date earlier than the start); `datesMeet` then
 * still compares its ends, so the months run from the earlier end to the later one.
 */
function months([a, b]: [number, number], slack = 0): number[] {
  const month = (ms: number) => { const d = new Date(ms); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };
  const out: number[] = [];
  for (let m = month(Math.min(a, b) - slack); m <= month(Math.max(a, b) + slack); m++) out.push(m);
  return out;
}

/**
 * Merged events filed under each (kind, participant) with, for dated events, every month
 * they span and their place, and for undated ones a single bucket. A report can only join an
 * event that shares a participant with it, and a dated one only a dated event whose span
 * meets its own within the slack, so these buckets hold every event it could join. Events
 * are filed again as they grow; a stale entry only adds a candidate that is checked anyway.
 */
class EventIndex {
  private readonly buckets = new Map<string, Set<Merged>>();

  file(e: Merged): void {
    const spanMonths = e.date ? months(interval(e.date, e.endDate)) : [];
    for (const p of e.participants.keys()) {
      const base = `${e.kind}\u0000${p}\u0000`;
      if (!e.date) { this.add(`${base}undated`, e); continue; }
      this.add(`${base}at\u0000${e.place ?? ''}`, e);
      for (const m of spanMonths) this.add(`${base}${m}`, e);
    }
  }

  /** Every event `r` could join, and more. */
  candidates(r: EventDraft): Set<Merged> {
    const out = new Set<Merged>();
    const reach = r.date ? months(interval(r.date, r.endDate), SLACK_DAYS * DAY) : [];
    for (const p of r.participants.keys()) {
      const base = `${r.kind}\u0000${p}\u0000`;
      const keys = r.date ? reach.map((m) => `${base}${m}`) : [`${base}undated`, `${base}at\u0000${r.place ?? ''}`];
      for (const key of keys) for (const e of this.buckets.get(key) ?? []) out.add(e);
    }
    return out;
  }

  private add(key: string, e: Merged): void {
    const set = this.buckets.get(key);
    if (set) set.add(e);
    else this.buckets.set(key, new Set([e]));
  }
}

/**
 * Reports of one event across articles: same kind, the same place or one inside the other
 * (`Rusia` and `Vostochny`), or none given; dates within a day or two; a shared participant.
 * The merged event keeps the most specific place.
 */
export function mergeEvents(events: readonly EventDraft[], within: ReadonlyMap<string, ReadonlySet<string>>): EventDraft[] {
  const inside = (a: string, b: string) => within.get(a)?.has(b) ?? false;
  const placesMeet = (a?: string, b?: string) => a === undefined || b === undefined || a === b || inside(a, b) || inside(b, a);
  const acrossArticles: SameEventRule<EventDraft> = {
    slackDays: SLACK_DAYS,
    placesFit: (o, e) => placesMeet(o.place, e.place) && (o.date !== undefined) === (e.date !== undefined || o.place === e.place),
  };
  const sorted = [...events].sort((a, b) => (a.first < b.first ? -1 : 1));
  const byKind = new Map<EventKind, Merged[]>();
  const index = new EventIndex();
  for (const e of sorted) {
    const list = byKind.get(e.kind) ?? [];
    let into: Merged | undefined;
    for (const o of index.candidates(e)) if ((!into || o.seq < into.seq) && sameEvent(o, e, acrossArticles)) into = o;
    if (!into) {
      const merged: Merged = { ...e, participants: new Map(e.participants), evidence: [...e.evidence], seq: list.length };
      list.push(merged);
      byKind.set(e.kind, list);
      index.file(merged);
      continue;
    }
    if (into.place === undefined || (e.place !== undefined && inside(e.place, into.place))) into.place = e.place;
    const span = unionSpan(into, e);
    if (span.date !== into.date && span.date === e.date) into.dateText = e.dateText ?? into.dateText;
    into.date = span.date;
    into.endDate = span.endDate;
    for (const [k, p] of e.participants) {
      const q = into.participants.get(k);
      if (!q) into.participants.set(k, { role: p.role, evidence: [...p.evidence] });
      else {
        if (outranks(p.role, q.role)) q.role = p.role;
        q.evidence.push(...p.evidence);
      }
    }
    into.evidence.push(...e.evidence);
    index.file(into);
  }
  return [...byKind.values()].flat();
}
