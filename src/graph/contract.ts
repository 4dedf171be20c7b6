/**
 * The graph contract (`shared/spec/graph-model.md`) as data: node and edge types, event kinds,
 * roles, node keys, the serialized graph and the palette. Every other module takes these
 * names and types from here. No I/O and nothing of Node's: the viewer's browser bundle reads
 * it too.
 */
import type { GraphOptions } from 'graphology-types';
import { slug } from '../extract/names.js';

export const NODE_TYPES = ['Person', 'Place', 'Organization', 'Event', 'Document'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The node types the extractor finds as names in the text. */
export const ENTITY_TYPES = ['Person', 'Place', 'Organization'] as const satisfies readonly NodeType[];
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EDGE_TYPES = [
  'PARTICIPATED_IN',
  'HELD_IN',
  'HOLDS_ROLE',
  'SIGNED',
  'MET',
  'LOCATED_IN',
  'MENTIONS',
  'PUBLISHED_BY',
  'CITES',
  'CREDITED',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export const PLACE_KINDS = ['country', 'city', 'region', 'site', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const ORGANIZATION_KINDS = ['media', 'government', 'company', 'agency', 'other'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const DOCUMENT_KINDS = ['article', 'agreement', 'statement', 'message', 'report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const CREDIT_ROLES = ['author', 'editor', 'translator', 'reporter'] as const;
export type CreditRole = (typeof CREDIT_ROLES)[number];

/** Who meets whom at an event (derived `MET` edges): everyone, only host and guest, or no one. */
export type MetRule = 'everyone' | 'host-and-guest' | 'nobody';

/**
 * Roles in an event, with their rank: two reports that give one participant different roles
 * keep the higher-ranked one (a host named as a mere participant elsewhere stays host).
 */
export const PARTICIPANT_ROLES = {
  host: { rank: 3 },
  guest: { rank: 3 },
  authority: { rank: 3 },
  suspect: { rank: 3 },
  court: { rank: 3 },
  appointee: { rank: 3 },
  deceased: { rank: 3 },
  party: { rank: 2 },
  candidate: { rank: 2 },
  affected: { rank: 2 },
  responder: { rank: 2 },
  delegate: { rank: 2 },
  participant: { rank: 1 },
} as const satisfies Record<string, { readonly rank: number }>;
export type ParticipantRole = keyof typeof PARTICIPANT_ROLES;

export interface EventKindEntry {
  /** The label's first word when a language model gives none for the kind (`Visit in Moskow 2024-06-19`). */
  readonly label: string;
  readonly met: MetRule;
  /** Someone travels to it: it may have several stops, and a delegation named on its own joins it. */
  readonly travel?: true;
  /**
   * The role of whoever acts (`KPK menangkap …`: the authority) and of whoever it is done to
   * (`… ditangkap`: the suspect); without them everyone is a participant.
   */
  readonly agent?: ParticipantRole;
  readonly patient?: ParticipantRole;
  /** Kinds of event it can be part of: a signing during a visit is that visit. */
  readonly partOf?: readonly string[];
}

const eventKinds = {
  visit: { label: 'Visit', met: 'host-and-guest', travel: true },
  meeting: { label: 'Meeting', met: 'everyone' },
  talks: { label: 'Talks', met: 'everyone' },
  summit: { label: 'Summit', met: 'everyone' },
  signing: { label: 'Signing', met: 'everyone', partOf: ['visit', 'summit', 'meeting', 'talks'] },
  anniversary: { label: 'Anniversary', met: 'nobody' },
  election: { label: 'Election', met: 'nobody', patient: 'candidate' },
  appointment: { label: 'Appointment', met: 'nobody', agent: 'authority', patient: 'appointee' },
  arrest: { label: 'Arrest', met: 'nobody', agent: 'authority', patient: 'suspect' },
  court: { label: 'Court', met: 'nobody', agent: 'court', patient: 'party' },
  protest: { label: 'Protest', met: 'nobody', agent: 'participant', patient: 'authority' },
  attack: { label: 'Attack', met: 'nobody', agent: 'participant', patient: 'affected' },
  disaster: { label: 'Disaster', met: 'nobody', agent: 'responder', patient: 'affected' },
  accident: { label: 'Accident', met: 'nobody', agent: 'responder', patient: 'affected' },
  death: { label: 'Death', met: 'nobody', patient: 'deceased' },
  announcement: { label: 'Announcement', met: 'nobody' },
  sport: { label: 'Match', met: 'nobody' },
  launch: { label: 'Launch', met: 'nobody' },
  other: { label: 'Event', met: 'nobody' },
} as const satisfies Record<string, EventKindEntry>;
export type EventKind = keyof typeof eventKinds;
/** Event kinds. A new kind is an entry here and its triggers (and label) in each language model. */
export const EVENT_KINDS: Readonly<Record<EventKind, EventKindEntry>> = eventKinds;

/** Whether reports of kinds `a` and `b` can be one event, and the kind it then has (the one the other is part of). */
export function kindsJoin(a: EventKind, b: EventKind): EventKind | undefined {
  if (a === b) return a;
  if (EVENT_KINDS[a]?.partOf?.includes(b)) return b;
  if (EVENT_KINDS[b]?.partOf?.includes(a)) return a;
  return undefined;
}

/** Every kind a report of `kind` can be merged with, itself first. */
export function joiningKinds(kind: EventKind): EventKind[] {
  return [kind, ...(Object.keys(EVENT_KINDS) as EventKind[]).filter((k) => k !== kind && kindsJoin(k, kind))];
}

/** Whether role `a` replaces role `b` when two reports of one participant meet. */
export const outranks = (a: ParticipantRole, b: ParticipantRole): boolean =>
  PARTICIPANT_ROLES[a].rank > PARTICIPANT_ROLES[b].rank;

/** Node colours by type, in graph.gexf, graph.json and the viewer. */
export const TYPE_COLORS = {
  Person: '#e15759',
  Place: '#59a14f',
  Organization: '#4e79a7',
  Event: '#f28e2b',
  Document: '#9c755f',
} as const satisfies Record<NodeType, string>;

/** How the keys of entity nodes start: `person:vladimir-putin`, `place:pyongyang`, `org:tass`. */
export const ENTITY_KEY_PREFIX = { Person: 'person', Place: 'place', Organization: 'org' } as const satisfies Record<
  EntityType,
  string
>;

/** Stable, readable node keys. */
export const nodeKey = {
  /**
   * An input article, by its file id: its path from the input root with the extension, and
   * `#id` for a record of a JSON / JSON Lines file (`news/feed.jsonl#a1` → `article:news-feed-jsonl-a1`).
   * Two inputs whose ids slug alike get `articleKeys`' suffix.
   */
  article: (file: string): string => `article:${slug(file)}`,
  /** An entity, by its identity (its folded name: see graph/identity.ts). */
  entity: (type: EntityType, identity: string): string => `${ENTITY_KEY_PREFIX[type]}:${slug(identity)}`,
  /** An outlet named by an article's metadata. */
  publisher: (name: string): string => `${ENTITY_KEY_PREFIX.Organization}:${slug(name)}`,
  /** A document an article names (an agreement, a statement). */
  document: (name: string): string => `document:${slug(name)}`,
  /** An event, by kind, date and where it was (a place's key) or, without a place, who was there (a node key). */
  event: (
    kind: EventKind,
    date: string | undefined,
    place: string | undefined,
    firstParticipant: string | undefined,
  ): string =>
    `event:${kind}-${date ?? 'undated'}-${place ? place.replace(/^[a-z]+:/, '') : slug(firstParticipant ?? 'x')}`,
};

/**
 * The keys of a corpus's articles, given their file ids in file order: each its `nodeKey.article`,
 * and where an earlier article already has that key (`a-b.txt` and `a.b.txt`, `A.txt` and `a.txt`,
 * two records of one id), `--2`, `--3`… in file order. A slug never holds `--`, so such a key is
 * never another article's own.
 */
export function articleKeys(files: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const key = nodeKey.article(file);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}--${n}`;
  });
}

export const isPersonKey = (key: string): boolean => key.startsWith(`${ENTITY_KEY_PREFIX.Person}:`);

export interface EvidenceItem {
  /** Key of the article node. */
  readonly doc: string;
  /** Index of the sentence in the article. */
  readonly sentence: number;
  /** The sentence, exactly as in the article's text. */
  readonly text: string;
}

/** How an article's publication date was found (`text`, the latest date the story told, is no longer given: it was wrong half the time; files that have it still open). */
export const PUBLISHED_FROM = ['input', 'byline', 'text', 'copyright'] as const;
export type PublishedFrom = (typeof PUBLISHED_FROM)[number];
/** Where an article's title came from: the input record, the headline line, the first sentence when there is no headline, the file name. */
export const TITLE_FROM = ['input', 'headline', 'first-sentence', 'file'] as const;
export type TitleFrom = (typeof TITLE_FROM)[number];
/** Where a `LOCATED_IN` comes from: general geographic knowledge, or an article's sentence. */
export const LOCATED_IN_SOURCES = ['gazetteer', 'text'] as const;
export type LocatedInSource = (typeof LOCATED_IN_SOURCES)[number];

export interface NodeAttributes {
  type: NodeType;
  label: string;
  aliases: string[];
  mentions: number;
  titles?: string[];
  kind?: PlaceKind | OrganizationKind | EventKind | DocumentKind;
  /** Events: scheduled or future, not yet happened (`akan`, `dijadwalkan`). */
  planned?: true;
  /** Places: ISO 3166 code of the country (extension). */
  country?: string;
  date?: string;
  endDate?: string;
  dateText?: string;
  file?: string;
  title?: string;
  titleFrom?: TitleFrom;
  publisher?: string;
  published?: string;
  publishedFrom?: PublishedFrom;
  authors?: string[];
  url?: string;
  text?: string;
  /** Network metrics (extension, see graph/metrics.ts); betweenness is left out on very large graphs. */
  degree?: number;
  weightedDegree?: number;
  betweenness?: number;
  pagerank?: number;
  community?: number;
  /** Layout and drawing (extension): seeded ForceAtlas2 position, colour by type, size by degree. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  type: EdgeType;
  /**
   * The sentences that support the edge: on every edge but MENTIONS. A derived MET has those
   * that put both people at its event (their PARTICIPATED_IN sentences); only a gazetteer
   * LOCATED_IN (`source: 'gazetteer'`) has none.
   */
  evidence?: EvidenceItem[];
  role?: ParticipantRole | CreditRole;
  title?: string;
  count?: number;
  /** MET: the key of the event where they met. */
  event?: string;
  /** MET: the event's date. */
  date?: string;
  /** MET: the key of the place the event was held in. */
  place?: string;
  /** LOCATED_IN: from general geographic knowledge, or stated in an article (then with evidence). */
  source?: LocatedInSource;
}

/**
 * The type of an attribute's value in graph.json: text, a whole number, any finite number,
 * yes/no, a list of text. Evidence is a list of `EvidenceItem`s.
 */
export type ValueType = 'string' | 'integer' | 'number' | 'boolean' | 'string[]';

/** Every node attribute the contract defines, with its value's type: a graph file holds no other. */
export const NODE_ATTRIBUTES: { readonly [K in keyof NodeAttributes]-?: ValueType } = {
  type: 'string',
  label: 'string',
  aliases: 'string[]',
  mentions: 'integer',
  titles: 'string[]',
  kind: 'string',
  country: 'string',
  date: 'string',
  endDate: 'string',
  dateText: 'string',
  file: 'string',
  title: 'string',
  titleFrom: 'string',
  publisher: 'string',
  published: 'string',
  publishedFrom: 'string',
  authors: 'string[]',
  url: 'string',
  text: 'string',
  planned: 'boolean',
  degree: 'integer',
  weightedDegree: 'integer',
  betweenness: 'number',
  pagerank: 'number',
  community: 'integer',
  x: 'number',
  y: 'number',
  size: 'number',
  color: 'string',
};

/** Every edge attribute but `evidence`, with its value's type. */
export const EDGE_ATTRIBUTES: { readonly [K in Exclude<keyof EdgeAttributes, 'evidence'>]-?: ValueType } = {
  type: 'string',
  role: 'string',
  title: 'string',
  count: 'integer',
  event: 'string',
  date: 'string',
  place: 'string',
  source: 'string',
};

/** The closed lists some attributes take their values from. */
export const NODE_KINDS: Readonly<Record<NodeType, readonly string[] | undefined>> = {
  Person: undefined,
  Place: PLACE_KINDS,
  Organization: ORGANIZATION_KINDS,
  Event: Object.keys(EVENT_KINDS),
  Document: DOCUMENT_KINDS,
};
export const EDGE_ROLES: Readonly<Partial<Record<EdgeType, readonly string[]>>> = {
  PARTICIPATED_IN: Object.keys(PARTICIPANT_ROLES),
  CREDITED: CREDIT_ROLES,
};
export const ATTRIBUTE_VALUES: Readonly<Record<string, readonly string[]>> = {
  titleFrom: TITLE_FROM,
  publishedFrom: PUBLISHED_FROM,
  source: LOCATED_IN_SOURCES,
};

/**
 * The shape of node keys by type (see `nodeKey`): a prefix and a slug, an event's prefix naming
 * its kind. A slug is letters and digits in runs joined by single hyphens.
 */
const SLUG = '[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*';
const keyShape = (prefixes: readonly string[], suffix = '') =>
  new RegExp(`^(?:${prefixes.join('|')}):${SLUG}${suffix}$`, 'u');
/** `articleKeys`' suffix for the second and later inputs whose ids slug alike. */
const ARTICLE_SUFFIX = '(?:--[0-9]+)?';
export const NODE_KEY_SHAPES: Readonly<Record<NodeType, RegExp>> = {
  Person: keyShape([ENTITY_KEY_PREFIX.Person]),
  Place: keyShape([ENTITY_KEY_PREFIX.Place]),
  Organization: keyShape([ENTITY_KEY_PREFIX.Organization]),
  Document: new RegExp(`${keyShape(['article'], ARTICLE_SUFFIX).source}|${keyShape(['document']).source}`, 'u'),
  Event: new RegExp(`^event:(?:${Object.keys(EVENT_KINDS).join('|')})-${SLUG}$`, 'u'),
};
/** An article's key: what evidence items name. */
export const ARTICLE_KEY_SHAPE = keyShape(['article'], ARTICLE_SUFFIX);

/**
 * An edge's key: `TYPE:SOURCE->TARGET` and what tells parallel edges apart, `#` and a slug
 * (a `HOLDS_ROLE`'s title) or `@` and an event's key (a `MET`'s event). Joined, not a template
 * literal: V8 keeps a template's result as a rope of its parts, about 100 bytes more per key,
 * and the graph keeps every key (1.4M on 50k articles).
 */
export const edgeKey = (type: EdgeType, source: string, target: string, suffix = ''): string =>
  [type, ':', source, '->', target, suffix].join('');
export const EDGE_KEY_SUFFIX_SHAPE = new RegExp(`^(?:#${SLUG}|@${NODE_KEY_SHAPES.Event.source.slice(1, -1)})?$`, 'u');

export interface GraphAttributes {
  /** The corpus's name: what `newsgraph load --replace` removes. */
  corpus?: string;
}

/**
 * graph.json: graphology's serialization of the graph. Unlike graphology's own type, every
 * node and edge has its attributes (a node always has a `type`, an edge too).
 */
export interface SerializedNode {
  readonly key: string;
  readonly attributes: NodeAttributes;
}

export interface SerializedEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: EdgeAttributes;
}

export interface SerializedGraph {
  readonly options?: GraphOptions;
  readonly attributes: GraphAttributes;
  readonly nodes: SerializedNode[];
  readonly edges: SerializedEdge[];
}
