/**
 * An event's label in the article's language, from its kind, main participants, place and
 * date, by the language model's template (`Kunjungan Vladimir Putin ke Pyongyang, 19 Juni 2024`).
 * A kind the model has no template for gets the contract's English word (`Visit in Moskow 2024-06-19`).
 */
import type { EventLabels } from '../extract/model.js';
import { EVENT_KINDS, PARTICIPANT_ROLES, type EventKind, type ParticipantRole } from './contract.js';

export interface LabelParts {
  readonly kind: EventKind;
  /** Participants with their role, the names they go by and whether they are people. */
  readonly participants: readonly {
    readonly name: string;
    readonly role: ParticipantRole;
    readonly person: boolean;
    readonly reports: number;
  }[];
  readonly place?: string;
  readonly date?: string;
}

/** How many participants a label names. */
const MAIN = 2;

/**
 * Whom the label names: a journey's guests, else those it is done to (the suspect of an
 * arrest), else the highest-ranked; people before organisations, the most reported first.
 */
function mainParticipants(p: LabelParts): string[] {
  const { travel, patient } = EVENT_KINDS[p.kind] ?? {};
  const preferred: ParticipantRole | undefined = travel ? 'guest' : patient;
  const rank = (r: ParticipantRole) => (r === preferred ? 100 : PARTICIPANT_ROLES[r].rank);
  const sorted = [...p.participants].sort(
    (a, b) =>
      rank(b.role) - rank(a.role) ||
      Number(b.person) - Number(a.person) ||
      b.reports - a.reports ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const top = sorted[0];
  return sorted
    .filter((x) => rank(x.role) === rank(top.role) && x.person === top.person)
    .slice(0, MAIN)
    .map((x) => x.name);
}

function formatDate(date: string, months: readonly string[]): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = months[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function eventLabel(p: LabelParts, labels: EventLabels | undefined): string {
  const template = labels?.kinds[p.kind];
  if (!template || !labels)
    return [EVENT_KINDS[p.kind]?.label ?? p.kind, p.place && `in ${p.place}`, p.date].filter(Boolean).join(' ');
  const who = p.participants.length ? mainParticipants(p).join(` ${labels.and} `) : '';
  const values: Record<string, string> = {
    who,
    place: p.place ?? '',
    date: p.date ? formatDate(p.date, labels.months) : '',
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  // A bracketed part goes when what it holds is missing.
  return fill(
    template.replace(/\[([^\]]*)\]/g, (_, part: string) =>
      [...part.matchAll(/\{(\w+)\}/g)].every((m) => values[m[1]]) ? part : '',
    ),
  );
}
