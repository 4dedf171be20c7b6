/**
 * When two reports tell of one event: kinds that join (the same, or one part of the other:
 * a signing during a visit), places that fit together, dates that meet within a few days,
 * and a participant in common. Reports within an article and across articles are merged by
 * this one test, each with its own place rule and slack.
 */
import { datesMeet } from '../extract/isodate.js';
import { kindsJoin, type EventKind, type ParticipantRole } from './contract.js';

/** A report of an event, or the event reports were merged into; `K` identifies places and participants. */
export interface EventReport<K> {
  readonly kind: EventKind;
  readonly date?: string;
  readonly endDate?: string;
  readonly place?: K;
  readonly participants: ReadonlyMap<K, { readonly role: ParticipantRole }>;
}

export interface SameEventRule<R> {
  /** Days two reports' dates may lie apart. */
  readonly slackDays: number;
  /** Whether the reports' places (and, across articles, their being dated or not) allow one event. */
  readonly placesFit: (a: R, b: R) => boolean;
  /** Whether a report that names nobody is one with another at the very place (within an article: `konferensi pers di Istana Negara` told twice). */
  readonly unnamedJoinAtPlace?: boolean;
}

export function sameEvent<K, R extends EventReport<K>>(a: R, b: R, rule: SameEventRule<R>): boolean {
  if (!kindsJoin(a.kind, b.kind) || !rule.placesFit(a, b) || !datesMeet(a, b, rule.slackDays)) return false;
  for (const p of b.participants.keys()) if (a.participants.has(p)) return true;
  return (
    !!rule.unnamedJoinAtPlace &&
    a.place !== undefined &&
    a.place === b.place &&
    (a.participants.size === 0 || b.participants.size === 0)
  );
}
