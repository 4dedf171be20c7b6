/**
 * Builds the corpus graph from per-article extractions: one node per real thing, events
 * reported by several articles merged, every claim edge with its evidence, and the derived
 * MET and LOCATED_IN edges. Insertion order is sorted, so the same input gives the same graph.
 */
import { MultiDirectedGraph } from 'graphology';
import { lexiconOf } from '../extract/lexicon.js';
import type { LanguageModel } from '../extract/model.js';
import type { ArticleFacts } from '../extract/facts.js';
import type { Evidence } from '../extract/types.js';
import { slug } from '../extract/names.js';
import { entityIdentity, resolveShortNames, resolveShortPersons } from './identity.js';
import { GraphDraft, mentionEnds } from './draft.js';
import { mergeEvents, type EventDraft } from './events.js';
import { EVENT_KINDS, isPersonKey, nodeKey, type EdgeAttributes, type EvidenceItem, type GraphAttributes, type NodeAttributes, type ParticipantRole } from './contract.js';

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
  const shortNames = new Map([...resolveShortPersons(localKeys.flat()), ...resolveShortNames(articles, localKeys, lex)]);
  const draft = new GraphDraft();
  const events: EventDraft[] = [];
  for (let x = articles.pop(); x; x = articles.pop()) {
    const keys = localKeys.pop()!;
    draftArticle(x, (entity) => shortNames.get(keys[entity]) ?? keys[entity], draft, events);
  }
  addLocatedIn(draft);
  for (const e of mergeEvents(events, containment(draft))) addEvent(e, draft);
  return assemble(draft);
}

/** One article's node, its entities, mentions and claim edges into the draft; its events into `events`. */
function draftArticle(x: ArticleFacts, keyOf: (entity: number) => string, draft: GraphDraft, events: EventDraft[]): void {
  const doc = nodeKey.article(x.file);
  const ev = (e: Evidence): EvidenceItem => ({ doc, sentence: e.sentence, text: e.text });
  const m = x.metadata;
  draft.node(doc, () => ({
    type: 'Document', kind: 'article', label: m.title, aliases: [], mentions: 1, file: x.file, title: m.title, titleFrom: m.titleFrom,
    ...(m.publisher ? { publisher: m.publisher } : {}), ...(m.published ? { published: m.published, publishedFrom: m.publishedFrom } : {}),
    authors: m.credits.filter((c) => c.role === 'author' || c.role === 'reporter').map((c) => c.name), ...(m.url ? { url: m.url } : {}), text: x.text,
  }));

  x.entities.forEach((e, i) => {
    const key = keyOf(i);
    const n = draft.node(key, () => ({ type: e.type, label: e.name, aliases: [], mentions: 0, ...(e.kind ? { kind: e.kind } : {}), ...(e.country ? { country: e.country } : {}) }));
    n.attrs.mentions += e.mentionCount;
    draft.name(n, e.name);
    for (const al of e.aliases) n.aliases.add(al);
    for (const t of e.titles) n.titles.add(t);
    draft.mention(doc, key, e.mentionCount);
  });

  if (m.publisher && m.publisherEvidence) {
    const key = nodeKey.publisher(m.publisher);
    draft.name(draft.node(key, () => ({ type: 'Organization', label: m.publisher!, aliases: [], mentions: 0, kind: 'media' })), m.publisher);
    draft.edge('PUBLISHED_BY', doc, key, {}, [ev(m.publisherEvidence)]);
  }
  for (const c of m.credits) {
    const key = x.entities.findIndex((e) => e.type === 'Person' && e.name === c.name);
    if (key >= 0) draft.edge('CREDITED', doc, keyOf(key), { role: c.role }, [ev(c.evidence)]);
  }
  for (const c of x.cites) draft.edge('CITES', doc, keyOf(c.entity), {}, [ev(c.evidence)]);
  for (const r of x.roles) draft.edge('HOLDS_ROLE', keyOf(r.person), keyOf(r.of), { title: r.title }, [ev(r.evidence)], `#${slug(r.title)}`);
  for (const d of x.documents) {
    const key = nodeKey.document(d.name);
    const n = draft.node(key, () => ({ type: 'Document', kind: d.kind, label: d.name, aliases: [], mentions: 0 }));
    n.attrs.mentions++;
    draft.name(n, d.name);
    draft.mention(doc, key, 1);
    for (const s of d.signers) draft.edge('SIGNED', keyOf(s), key, {}, [ev(d.evidence)]);
  }
  for (const c of x.containments) draft.edge('LOCATED_IN', keyOf(c.place), keyOf(c.within), { source: 'text' }, [ev(c.evidence)]);
  for (const e of x.events) {
    events.push({
      kind: e.kind, date: e.date, endDate: e.endDate, dateText: e.dateText,
      place: e.place === undefined ? undefined : keyOf(e.place),
      participants: new Map(e.participants.map((p) => [keyOf(p.entity), { role: p.role, evidence: p.evidence.map(ev) }])),
      evidence: e.evidence.map(ev), first: `${doc}#${String(e.evidence[0]?.sentence ?? 0).padStart(6, '0')}`,
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
    const label = n.attrs.type === 'Document' && n.attrs.kind === 'article' ? n.attrs.label : mostFrequent(n.labels) ?? n.attrs.label;
    const aliases = n.attrs.type === 'Document' && n.attrs.kind === 'article' ? [label] : [...new Set([label, ...n.aliases])].sort();
    graph.addNode(key, { ...n.attrs, label, aliases, ...(n.attrs.type === 'Person' ? { titles: [...n.titles].sort() } : {}) });
  }
  for (const key of [...draft.edges.keys(), ...draft.mentions.keys()].sort()) {
    const count = draft.mentions.get(key);
    const e = count === undefined ? draft.edges.get(key)! : { ...mentionEnds(key), attrs: mentionAttributes(count) };
    if (count === undefined) draft.edges.delete(key);
    else draft.mentions.delete(key);
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (e.attrs.evidence) e.attrs.evidence.sort((p, q) => (p.doc < q.doc ? -1 : p.doc > q.doc ? 1 : p.sentence - q.sentence));
    graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attrs);
  }
  return graph;
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0];
}

/** For each place, every place the graph says it lies in (gazetteer and text, transitively). */
function containment(draft: GraphDraft): Map<string, Set<string>> {
  const parents = new Map<string, string[]>();
  for (const e of draft.edges.values()) if (e.attrs.type === 'LOCATED_IN') parents.set(e.source, [...(parents.get(e.source) ?? []), e.target]);
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

function addEvent(e: EventDraft, draft: GraphDraft): void {
  const base = nodeKey.event(e.kind, e.date, e.place, [...e.participants.keys()][0]);
  let key = base;
  for (let n = 2; draft.has(key); n++) key = `${base}-${n}`;
  const placeLabel = e.place ? mostFrequent(draft.nodes.get(e.place)?.labels ?? new Map()) ?? '' : '';
  const { label: kindLabel, met } = EVENT_KINDS[e.kind];
  const label = [kindLabel, placeLabel && `in ${placeLabel}`, e.date].filter(Boolean).join(' ');
  const n = draft.node(key, () => ({
    type: 'Event', kind: e.kind, label, aliases: [], mentions: e.evidence.length,
    ...(e.date ? { date: e.date } : {}), ...(e.endDate ? { endDate: e.endDate } : {}), ...(e.dateText ? { dateText: e.dateText } : {}),
  }));
  draft.name(n, label);
  for (const ev of e.evidence) draft.mention(ev.doc, key, 1);
  if (e.place) draft.edge('HELD_IN', key, e.place, {}, e.evidence);
  const people = [...e.participants.keys()].sort();
  for (const p of people) {
    const part = e.participants.get(p)!;
    draft.edge('PARTICIPATED_IN', p, key, { role: part.role }, part.evidence);
  }
  // MET: the people the kind's contract entry says meet there.
  if (met === 'nobody') return;
  for (const a of people) for (const b of people) {
    if (a >= b || !isPersonKey(a) || !isPersonKey(b)) continue;
    if (met === 'everyone' || hostAndGuest(e.participants.get(a)!.role, e.participants.get(b)!.role)) {
      draft.edge('MET', a, b, { event: key, ...(e.date ? { date: e.date } : {}) }, undefined, `@${key}`);
    }
  }
}

function hostAndGuest(a: ParticipantRole, b: ParticipantRole): boolean {
  return (a === 'host' && b === 'guest') || (a === 'guest' && b === 'host');
}

/** Places the gazetteer puts in a country that is in the graph too. */
function addLocatedIn(draft: GraphDraft): void {
  const countries = new Map<string, string>();
  for (const [key, n] of draft.nodes) if (n.attrs.type === 'Place' && n.attrs.kind === 'country' && n.attrs.country) countries.set(n.attrs.country, key);
  for (const [key, n] of draft.nodes) {
    if (n.attrs.type !== 'Place' || n.attrs.kind === 'country' || !n.attrs.country) continue;
    const country = countries.get(n.attrs.country);
    if (country) draft.edge('LOCATED_IN', key, country, { source: 'gazetteer' });
  }
}
