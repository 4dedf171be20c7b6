/**
 * Builds the corpus graph from per-article extractions: one node per real thing, events
 * reported by several articles merged, every claim edge with its evidence, and the derived
 * MET and LOCATED_IN edges. Insertion order is sorted, so the same input gives the same graph.
 */
import { MultiDirectedGraph } from 'graphology';
import { lexiconOf } from '../extract/lexicon.js';
import type { EventLabels, LanguageModel } from '../extract/model.js';
import type { ArticleFacts } from '../extract/facts.js';
import type { Evidence } from '../extract/types.js';
import { interval } from '../extract/isodate.js';
import { foldName, slug } from '../extract/names.js';
import { entityIdentity, resolveShortNames, resolveShortPersons } from './identity.js';
import { GraphDraft, mentionEnds } from './draft.js';
import { eventLabel } from './event-label.js';
import { mergeEvents, type EventDraft } from './events.js';
import {
  articleKeys,
  EVENT_KINDS,
  isPersonKey,
  nodeKey,
  type EdgeAttributes,
  type EvidenceItem,
  type GraphAttributes,
  type NodeAttributes,
  type ParticipantRole,
} from './contract.js';

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Takes the articles' facts in any order and uses them up, one article at a time as it is
 * drafted, and then the draft, one node or edge at a time as it goes into the graph: on a
 * large corpus the facts, the draft and the graph are never all held at once.
 */
export function buildGraph(articles: ArticleFacts[], model: LanguageModel): NewsGraph {
  const lex = lexiconOf(model);
  // Sorted backwards, so that popping gives file order.
  articles.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const localKeys = articles.map((x) => x.entities.map((e) => entityIdentity(e, lex)));
  const docKeys = articleKeys(articles.map((x) => x.file).reverse()).reverse();
  const shortNames = new Map([
    ...resolveShortPersons(localKeys.flat()),
    ...resolveShortNames(articles, localKeys, lex),
  ]);
  const draft = new GraphDraft();
  const events: EventDraft[] = [];
  for (let x = articles.pop(); x; x = articles.pop()) {
    const keys = localKeys.pop()!;
    draftArticle(x, docKeys.pop()!, (entity) => shortNames.get(keys[entity]) ?? keys[entity], draft, events);
  }
  addLocatedIn(draft);
  const offices = officeCountries(draft);
  const within = containment(draft);
  const meetings = new Map<string, Meeting[]>();
  for (const e of mergeEvents(events, within)) addEvent(e, draft, offices, meetings, model.eventLabels);
  addMeetings(meetings, within, draft);
  return assemble(draft);
}

/** One article's node (`doc`, its key), its entities, mentions and claim edges into the draft; its events into `events`. */
function draftArticle(
  x: ArticleFacts,
  doc: string,
  keyOf: (entity: number) => string,
  draft: GraphDraft,
  events: EventDraft[],
): void {
  const ev = (e: Evidence): EvidenceItem => ({ doc, sentence: e.sentence, text: e.text });
  const m = x.metadata;
  draft.node(doc, () => ({
    type: 'Document',
    kind: 'article',
    label: m.title,
    aliases: [],
    mentions: 1,
    file: x.file,
    title: m.title,
    titleFrom: m.titleFrom,
    ...(m.publisher ? { publisher: m.publisher } : {}),
    ...(m.published ? { published: m.published, publishedFrom: m.publishedFrom } : {}),
    authors: m.credits.filter((c) => c.role === 'author' || c.role === 'reporter').map((c) => c.name),
    ...(m.url ? { url: m.url } : {}),
    text: x.text,
  }));

  x.entities.forEach((e, i) => {
    const key = keyOf(i);
    const n = draft.node(key, () => ({
      type: e.type,
      label: e.name,
      aliases: [],
      mentions: 0,
      ...(e.kind ? { kind: e.kind } : {}),
      ...(e.country ? { country: e.country } : {}),
    }));
    n.attrs.mentions += e.mentionCount;
    draft.name(n, e.name);
    for (const al of e.aliases) n.aliases.add(al);
    for (const t of e.titles) n.titles.add(t);
    draft.mention(doc, key, e.mentionCount);
  });

  if (m.publisher && m.publisherEvidence) {
    const key = nodeKey.publisher(m.publisher);
    draft.name(
      draft.node(key, () => ({ type: 'Organization', label: m.publisher!, aliases: [], mentions: 0, kind: 'media' })),
      m.publisher,
    );
    draft.edge('PUBLISHED_BY', doc, key, {}, [ev(m.publisherEvidence)]);
  }
  for (const c of m.credits) {
    const key = x.entities.findIndex((e) => e.type === 'Person' && e.name === c.name);
    if (key >= 0) draft.edge('CREDITED', doc, keyOf(key), { role: c.role }, [ev(c.evidence)]);
  }
  for (const c of x.cites) draft.edge('CITES', doc, keyOf(c.entity), {}, [ev(c.evidence)]);
  for (const r of x.roles)
    draft.edge('HOLDS_ROLE', keyOf(r.person), keyOf(r.of), { title: r.title }, [ev(r.evidence)], `#${slug(r.title)}`);
  for (const d of x.documents) {
    const key = nodeKey.document(d.name);
    const n = draft.node(key, () => ({ type: 'Document', kind: d.kind, label: d.name, aliases: [], mentions: 0 }));
    n.attrs.mentions++;
    draft.name(n, d.name);
    draft.mention(doc, key, 1);
    for (const s of d.signers) draft.edge('SIGNED', keyOf(s), key, {}, [ev(d.evidence)]);
  }
  for (const c of x.containments)
    draft.edge('LOCATED_IN', keyOf(c.place), keyOf(c.within), { source: 'text' }, [ev(c.evidence)]);
  for (const e of x.events) {
    events.push({
      kind: e.kind,
      date: e.date,
      endDate: e.endDate,
      dateText: e.dateText,
      ...(e.planned ? { planned: true } : {}),
      place: e.place === undefined ? undefined : keyOf(e.place),
      participants: new Map(
        e.participants.map((p) => [keyOf(p.entity), { role: p.role, evidence: p.evidence.map(ev) }]),
      ),
      evidence: e.evidence.map(ev),
      first: `${doc}#${String(e.evidence[0]?.sentence ?? 0).padStart(6, '0')}`,
    });
  }
}

/**
 * The graph, in sorted order, from the draft, which is emptied as it goes. MENTIONS edges
 * (1.3M of the 1.4M edges of 50k articles) differ only by their count, so the edges of one
 * count share one frozen attributes object: about 50 bytes less per edge, and a change made
 * to one by mistake throws instead of changing them all.
 */
function assemble(draft: GraphDraft): NewsGraph {
  const mentions = new Map<number, EdgeAttributes>();
  const mentionAttributes = (count: number) => {
    let a = mentions.get(count);
    if (!a) mentions.set(count, (a = Object.freeze({ type: 'MENTIONS', count })));
    return a;
  };
  const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const key of [...draft.nodes.keys()].sort()) {
    const n = draft.nodes.get(key)!;
    draft.nodes.delete(key);
    const label =
      n.attrs.type === 'Document' && n.attrs.kind === 'article'
        ? n.attrs.label
        : ((n.attrs.type === 'Person' ? fullestName(n.labels) : mostFrequent(n.labels)) ?? n.attrs.label);
    const aliases =
      n.attrs.type === 'Document' && n.attrs.kind === 'article' ? [label] : [...new Set([label, ...n.aliases])].sort();
    graph.addNode(key, {
      ...n.attrs,
      label,
      aliases,
      ...(n.attrs.type === 'Person' ? { titles: [...n.titles].sort() } : {}),
    });
  }
  for (const key of [...draft.edges.keys(), ...draft.mentions.keys()].sort()) {
    const count = draft.mentions.get(key);
    const e = count === undefined ? draft.edges.get(key)! : { ...mentionEnds(key), attrs: mentionAttributes(count) };
    if (count === undefined) draft.edges.delete(key);
    else draft.mentions.delete(key);
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (e.attrs.evidence)
      e.attrs.evidence.sort((p, q) => (p.doc < q.doc ? -1 : p.doc > q.doc ? 1 : p.sentence - q.sentence));
    graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attrs);
  }
  return graph;
}

type NameCount = readonly [name: string, count: number];
const byCount = (a: NameCount, b: NameCount) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The name given most often; among equals, the first in code-point order. */
function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  return [...counts].sort(byCount)[0]?.[0];
}

const words = (name: string) => foldName(name).split(' ').length;

/**
 * A person's label: the fullest name they were given (most words, `Kim Jong-un` over the
 * `Kim` that later sentences use far more often), then the most frequent, then code-point order.
 */
export function fullestName(counts: ReadonlyMap<string, number>): string | undefined {
  return [...counts].sort((a, b) => words(b[0]) - words(a[0]) || byCount(a, b))[0]?.[0];
}

/** For each place, every place the graph says it lies in (gazetteer and text, transitively). */
function containment(draft: GraphDraft): Map<string, Set<string>> {
  const parents = new Map<string, string[]>();
  for (const e of draft.edges.values())
    if (e.attrs.type === 'LOCATED_IN') parents.set(e.source, [...(parents.get(e.source) ?? []), e.target]);
  const within = new Map<string, Set<string>>();
  for (const place of parents.keys()) {
    const seen = new Set<string>();
    const stack = [...parents.get(place)!];
    while (stack.length) {
      const p = stack.pop()!;
      if (seen.has(p) || p === place) continue;
      seen.add(p);
      stack.push(...(parents.get(p) ?? []));
    }
    within.set(place, seen);
  }
  return within;
}

/** For each person, the countries their offices belong to (`HOLDS_ROLE` to a place): Putin → RU. */
function officeCountries(draft: GraphDraft): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of draft.edges.values()) {
    const country = e.attrs.type === 'HOLDS_ROLE' ? draft.nodes.get(e.target)?.attrs.country : undefined;
    if (!country) continue;
    const set = out.get(e.source) ?? new Set<string>();
    set.add(country);
    out.set(e.source, set);
  }
  return out;
}

/**
 * A journey's participant whose office belongs to the country it went to is its host (the
 * articles that named them at the visit may not have said whose president they are).
 */
function settleHosts(
  e: EventDraft,
  placeCountry: string | undefined,
  offices: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  if (!EVENT_KINDS[e.kind].travel || !placeCountry) return;
  for (const [key, p] of e.participants)
    if (p.role === 'participant' && offices.get(key)?.has(placeCountry)) p.role = 'host';
}

/** Two people at one event that makes them meet. */
interface Meeting {
  readonly a: string;
  readonly b: string;
  readonly event: string;
  readonly date?: string;
  readonly endDate?: string;
  readonly place?: string;
  /** The sentences that put both at the event. */
  readonly evidence: readonly EvidenceItem[];
}

/**
 * MET edges, one per meeting a pair had: when they met at dated events, an undated event of
 * theirs is one of those told without its date, and an event that holds another of theirs (the
 * visit around the talks at Vostochny) is that same meeting.
 */
function addMeetings(
  meetings: ReadonlyMap<string, Meeting[]>,
  within: ReadonlyMap<string, ReadonlySet<string>>,
  draft: GraphDraft,
): void {
  const placeHolds = (outer?: string, inner?: string) =>
    outer === undefined || outer === inner || (inner !== undefined && !!within.get(inner)?.has(outer));
  const holds = (outer: Meeting, inner: Meeting) => {
    const [os, oe] = interval(outer.date!, outer.endDate);
    const [is, ie] = interval(inner.date!, inner.endDate);
    return (
      os <= is &&
      ie <= oe &&
      placeHolds(outer.place, inner.place) &&
      !(os === is && ie === oe && outer.place === inner.place)
    );
  };
  for (const list of meetings.values()) {
    const dated = list.filter((m) => m.date);
    const kept = dated.length ? dated.filter((m) => !dated.some((o) => o !== m && holds(m, o))) : list;
    // A MET says where and when they met, and why we think so (draft.edge keeps a sentence both share once).
    for (const m of kept)
      draft.edge(
        'MET',
        m.a,
        m.b,
        { event: m.event, ...(m.date ? { date: m.date } : {}), ...(m.place ? { place: m.place } : {}) },
        m.evidence,
        `@${m.event}`,
      );
  }
}

function addEvent(
  e: EventDraft,
  draft: GraphDraft,
  offices: ReadonlyMap<string, ReadonlySet<string>>,
  meetings: Map<string, Meeting[]>,
  labels: EventLabels | undefined,
): void {
  settleHosts(e, e.place ? draft.nodes.get(e.place)?.attrs.country : undefined, offices);
  const base = nodeKey.event(e.kind, e.date, e.place, [...e.participants.keys()][0]);
  let key = base;
  for (let n = 2; draft.has(key); n++) key = `${base}-${n}`;
  const nameOf = (k: string) =>
    mostFrequent(draft.nodes.get(k)?.labels ?? new Map()) ?? draft.nodes.get(k)?.attrs.label ?? k;
  const participants = [...e.participants].map(([k, p]) => ({
    name: nameOf(k),
    role: p.role,
    person: isPersonKey(k),
    reports: p.evidence.length,
  }));
  const label = eventLabel({ kind: e.kind, participants, place: e.place && nameOf(e.place), date: e.date }, labels);
  const { met } = EVENT_KINDS[e.kind];
  const n = draft.node(key, () => ({
    type: 'Event',
    kind: e.kind,
    label,
    aliases: [],
    mentions: e.evidence.length,
    ...(e.date ? { date: e.date } : {}),
    ...(e.endDate ? { endDate: e.endDate } : {}),
    ...(e.dateText ? { dateText: e.dateText } : {}),
    ...(e.planned ? { planned: true as const } : {}),
  }));
  draft.name(n, label);
  for (const ev of e.evidence) draft.mention(ev.doc, key, 1);
  if (e.place) draft.edge('HELD_IN', key, e.place, {}, e.evidence);
  const people = [...e.participants.keys()].sort();
  for (const p of people) {
    const part = e.participants.get(p)!;
    draft.edge('PARTICIPATED_IN', p, key, { role: part.role }, part.evidence);
  }
  // MET: the people the kind's contract entry says meet there, with the event's key, date and
  // place, and the sentences that put both there (draft.edge keeps a sentence both share once).
  if (met === 'nobody') return;
  for (const a of people)
    for (const b of people) {
      if (a >= b || !isPersonKey(a) || !isPersonKey(b)) continue;
      const pa = e.participants.get(a)!;
      const pb = e.participants.get(b)!;
      if (oneDelegation(pa.role, pb.role)) continue;
      if (met === 'everyone' || hostAndGuest(pa.role, pb.role)) {
        const pair = `${a}\u0000${b}`;
        const list = meetings.get(pair) ?? [];
        list.push({
          a,
          b,
          event: key,
          date: e.date,
          endDate: e.endDate,
          place: e.place,
          evidence: [...pa.evidence, ...pb.evidence],
        });
        meetings.set(pair, list);
      }
    }
}

/** Members of one delegation, or a delegate and the guest who leads it, do not "meet" each other there. */
function oneDelegation(a: ParticipantRole, b: ParticipantRole): boolean {
  return (a === 'delegate' && (b === 'delegate' || b === 'guest')) || (b === 'delegate' && a === 'guest');
}

function hostAndGuest(a: ParticipantRole, b: ParticipantRole): boolean {
  return (a === 'host' && b === 'guest') || (a === 'guest' && b === 'host');
}

/** Places the gazetteer puts in a country that is in the graph too. */
function addLocatedIn(draft: GraphDraft): void {
  const countries = new Map<string, string>();
  for (const [key, n] of draft.nodes)
    if (n.attrs.type === 'Place' && n.attrs.kind === 'country' && n.attrs.country) countries.set(n.attrs.country, key);
  for (const [key, n] of draft.nodes) {
    if (n.attrs.type !== 'Place' || n.attrs.kind === 'country' || !n.attrs.country) continue;
    const country = countries.get(n.attrs.country);
    if (country) draft.edge('LOCATED_IN', key, country, { source: 'gazetteer' });
  }
}
