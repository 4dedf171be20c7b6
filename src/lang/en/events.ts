/**
 * Events in English: the words that report each kind, plans, places, hosts, who a pronoun
 * stands for, and how an event's label is written. A small first list, like the rest of the
 * English model. All lower-case.
 */
import type { EventTrigger, HostCueVoice, LanguageModel } from '../../extract/model.js';

const active = 'active' as const;
const passive = 'passive' as const;

export const EVENT_TRIGGERS: readonly EventTrigger[] = [
  { phrase: 'state visit', kind: 'visit' }, { phrase: 'visit', kind: 'visit' }, { phrase: 'visited', kind: 'visit' },
  { phrase: 'visits', kind: 'visit' }, { phrase: 'arrived', kind: 'visit' }, { phrase: 'arrival', kind: 'visit' },
  { phrase: 'welcomed', kind: 'visit', needsName: true },
  { phrase: 'summit', kind: 'summit' },
  { phrase: 'met', kind: 'meeting' }, { phrase: 'meets', kind: 'meeting' }, { phrase: 'meeting', kind: 'meeting' },
  { phrase: 'received', kind: 'meeting', needsName: true }, { phrase: 'shook hands', kind: 'meeting' },
  { phrase: 'talks', kind: 'talks' }, { phrase: 'negotiations', kind: 'talks' }, { phrase: 'dialogue', kind: 'talks' },
  { phrase: 'signed', kind: 'signing' }, { phrase: 'signing', kind: 'signing' }, { phrase: 'signs', kind: 'signing' },
  { phrase: 'anniversary', kind: 'anniversary' }, { phrase: 'commemorated', kind: 'anniversary' },
  { phrase: 'election', kind: 'election' }, { phrase: 'was elected', kind: 'election', voice: passive },
  { phrase: 'sworn in', kind: 'appointment', voice: passive }, { phrase: 'appointed', kind: 'appointment', voice: passive },
  { phrase: 'inauguration', kind: 'appointment' }, { phrase: 'dismissed', kind: 'appointment', voice: passive },
  { phrase: 'arrested', kind: 'arrest', voice: passive }, { phrase: 'detained', kind: 'arrest', voice: passive }, { phrase: 'raided', kind: 'arrest', voice: active },
  { phrase: 'trial', kind: 'court' }, { phrase: 'sentenced', kind: 'court', voice: passive }, { phrase: 'ruling', kind: 'court' }, { phrase: 'verdict', kind: 'court' },
  { phrase: 'protest', kind: 'protest' }, { phrase: 'protesters', kind: 'protest' }, { phrase: 'riots', kind: 'protest' }, { phrase: 'strike', kind: 'protest' },
  { phrase: 'attack', kind: 'attack' }, { phrase: 'attacked', kind: 'attack', voice: active }, { phrase: 'bombing', kind: 'attack' }, { phrase: 'shooting', kind: 'attack' },
  { phrase: 'earthquake', kind: 'disaster' }, { phrase: 'flood', kind: 'disaster' }, { phrase: 'floods', kind: 'disaster' }, { phrase: 'eruption', kind: 'disaster' },
  { phrase: 'landslide', kind: 'disaster' }, { phrase: 'tsunami', kind: 'disaster' },
  { phrase: 'accident', kind: 'accident' }, { phrase: 'crash', kind: 'accident' }, { phrase: 'collision', kind: 'accident' },
  { phrase: 'died', kind: 'death' }, { phrase: 'passed away', kind: 'death' }, { phrase: 'was killed', kind: 'death' },
  { phrase: 'announced', kind: 'announcement', voice: active }, { phrase: 'press conference', kind: 'announcement' }, { phrase: 'revoked', kind: 'announcement', voice: active },
  { phrase: 'match', kind: 'sport' }, { phrase: 'defeated', kind: 'sport', voice: active }, { phrase: 'tournament', kind: 'sport' },
  { phrase: 'launched', kind: 'launch', voice: active }, { phrase: 'launch', kind: 'launch' }, { phrase: 'inaugurated', kind: 'launch', voice: active },
  { phrase: 'founded', kind: 'launch', voice: active },
  { phrase: 'deployed', kind: 'other', voice: active },
];

export const FUTURE_MARKERS: readonly string[] = ['will', 'would', 'plans', 'planned', 'scheduled', 'expected', 'may', 'might', 'could', 'hopes', 'invited', 'if', 'upcoming'];
export const UNTIL_WORDS: readonly string[] = ['until', 'till', 'through'];
export const EVENT_PLACE_CUES: readonly string[] = ['in', 'to', 'at', 'arrived in', 'visit to', 'visited'];
export const NOT_EVENT_PLACE_CUES: readonly string[] = ['from', 'back to', 'returned to', 'left'];
export const DELEGATION_CUES: readonly string[] = ['delegation', 'accompanied by', 'entourage'];
export const HOST_CUES: Readonly<Record<string, HostCueVoice>> = { hosted: 'active', welcomed: 'active', received: 'active' };

export const EVENTS = {
  eventTriggers: EVENT_TRIGGERS,
  eventTimeWords: ['after', 'before', 'ahead of', 'following'],
  eventPlaceCues: EVENT_PLACE_CUES,
  notEventPlaceCues: NOT_EVENT_PLACE_CUES,
  futureMarkers: FUTURE_MARKERS,
  untilWords: UNTIL_WORDS,
  delegationCues: DELEGATION_CUES,
  hostCues: HOST_CUES,
  participantReferences: { one: ['he', 'she'], two: ['both leaders', 'the two leaders', 'the two ministers', 'the couple'], all: ['they'], parts: ['suspect', 'defendant', 'victim'], suffixes: [] },
  reportDateCues: ['reported', 'report', 'reports'],
  eventLabels: {
    kinds: {
      visit: 'Visit[ by {who}][ to {place}][, {date}]', meeting: 'Meeting[ of {who}][ in {place}][, {date}]', talks: 'Talks[ of {who}][ in {place}][, {date}]',
      summit: 'Summit[ of {who}][ in {place}][, {date}]', signing: 'Signing[ by {who}][ in {place}][, {date}]', anniversary: 'Anniversary[ of {who}][ in {place}][, {date}]',
      election: 'Election[ of {who}][ in {place}][, {date}]', appointment: 'Appointment[ of {who}][ in {place}][, {date}]', arrest: 'Arrest[ of {who}][ in {place}][, {date}]',
      court: 'Court hearing[ of {who}][ in {place}][, {date}]', protest: 'Protest[ by {who}][ in {place}][, {date}]', attack: 'Attack[ on {who}][ in {place}][, {date}]',
      disaster: 'Disaster[ in {place}][, {date}]', accident: 'Accident[ in {place}][, {date}]', death: 'Death[ of {who}][ in {place}][, {date}]',
      announcement: 'Announcement[ by {who}][ in {place}][, {date}]', sport: 'Match[ of {who}][ in {place}][, {date}]', launch: 'Launch[ by {who}][ in {place}][, {date}]',
      other: 'Event[ of {who}][ in {place}][, {date}]',
    },
    and: 'and',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
} satisfies Partial<LanguageModel>;
