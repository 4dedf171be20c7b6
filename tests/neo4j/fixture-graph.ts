/**
 * A small hand-made world whose answers are known, as graph.json would give it, in two
 * corpora that share people, places, an article and claims. Every key holds `zz` so that it
 * meets nothing of the seeds that other test files load into the same server.
 *
 * - Ana Zawirna (host) met Budi Zantika (guest) at a meeting in Kota Zalama in April 2016 (a
 *   month, no day), reported by zz-a1 and zz-a2.
 * - Citra Zelestari hosted Budi on a visit to Kota Zalama from 28 March to 2 April 2016, reported by zz-a2.
 * - All three met at a summit in Negeri Zutara in 2017 (a year), reported by zz-a3.
 * - Kota Zalama is in Negeri Zutara (gazetteer); Ana is Presiden of Negeri Zutara.
 * - zz-a1 is published by Kabar Zharian; zz-a2 cites Warta Zed.
 * Corpus A has zz-a1 and zz-a2; corpus B has zz-a2 and zz-a3: zz-a2, its Document and its
 * MENTIONS are in both, and so is the claim that Budi took part in the April meeting.
 */
import type {
  EdgeAttributes,
  EdgeType,
  NodeAttributes,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
} from '../../src/graph/contract.js';

type Evidence = readonly [doc: string, sentence: number, text: string];

const node = (
  key: string,
  attributes: Omit<NodeAttributes, 'aliases' | 'mentions'> & Partial<NodeAttributes>,
): SerializedNode => ({
  key,
  attributes: { aliases: [attributes.label], mentions: 1, ...attributes },
});

function edge(
  type: EdgeType,
  source: string,
  target: string,
  evidence?: readonly Evidence[],
  extra: Partial<EdgeAttributes> = {},
  suffix = '',
): SerializedEdge {
  return {
    key: `${type}:${source}->${target}${suffix}`,
    source,
    target,
    attributes: {
      type,
      ...extra,
      ...(evidence ? { evidence: evidence.map(([doc, sentence, text]) => ({ doc, sentence, text })) } : {}),
    },
  };
}

export const ANA = 'person:zz-ana-wirawan';
export const BUDI = 'person:zz-budi-santika';
export const CITRA = 'person:zz-citra-lestari';
export const KOTA = 'place:zz-kota-lama';
export const NEGERI = 'place:zz-negeri-utara';
export const MEETING = 'event:meeting-2016-04-zz-kota-lama';
export const VISIT = 'event:visit-2016-03-28-zz-kota-lama';
export const SUMMIT = 'event:summit-2017-zz-negeri-utara';
export const A1 = 'article:zz-a1-txt';
export const A2 = 'article:zz-a2-txt';
export const A3 = 'article:zz-a3-txt';

const S1 = 'Ana Zawirna menerima Budi Zantika di Kota Zalama pada April 2016.';
const S2 = 'Presiden Negeri Zutara Ana Zawirna bertemu Budi Zantika bulan April 2016.';
const S3 = 'Budi Zantika berkunjung ke Kota Zalama pada 28 Maret hingga 2 April 2016 atas undangan Citra Zelestari.';
const S4 = 'Ana Zawirna, Budi Zantika dan Citra Zelestari bertemu di KTT Negeri Zutara 2017.';
const S5 = 'Menurut Warta Zed, pertemuan itu berlangsung tertutup.';

const article = (key: string, title: string, published: string, extra: Partial<NodeAttributes> = {}) =>
  node(key, {
    type: 'Document',
    kind: 'article',
    label: title,
    title,
    titleFrom: 'headline',
    file: key.slice('article:'.length).replace(/-txt$/, '.txt'),
    published,
    publishedFrom: 'byline',
    authors: [],
    text: title,
    ...extra,
  });

const metrics = (degree: number, pagerank: number, community: number) => ({
  degree,
  weightedDegree: degree,
  betweenness: 0,
  pagerank,
  community,
});

const places = [
  node(KOTA, { type: 'Place', kind: 'city', country: 'ZZ', label: 'Kota Zalama', mentions: 3 }),
  node(NEGERI, {
    type: 'Place',
    kind: 'country',
    country: 'ZZ',
    label: 'Negeri Zutara',
    aliases: ['Negeri Zutara', 'Zutara'],
    mentions: 2,
  }),
];

/** Corpus A: zz-a1 and zz-a2. */
export function corpusA(corpus = 'zz-test-a'): SerializedGraph {
  return {
    attributes: { corpus },
    nodes: [
      article(A1, 'Ana dan Budi bertemu di Kota Zalama', '2016-04-10', { publisher: 'Kabar Zharian' }),
      article(A2, 'Budi berkunjung ke Kota Zalama', '2016-04-03'),
      node(MEETING, {
        type: 'Event',
        kind: 'meeting',
        label: 'Meeting in Kota Zalama 2016-04',
        date: '2016-04',
        dateText: 'April 2016',
        mentions: 2,
        ...metrics(4, 0.1, 1),
      }),
      node(VISIT, {
        type: 'Event',
        kind: 'visit',
        label: 'Visit in Kota Zalama 2016-03-28',
        date: '2016-03-28',
        endDate: '2016-04-02',
        mentions: 1,
        ...metrics(3, 0.1, 1),
      }),
      node('org:zz-kabar-harian', { type: 'Organization', kind: 'media', label: 'Kabar Zharian', mentions: 0 }),
      node('org:zz-warta-zed', { type: 'Organization', kind: 'media', label: 'Warta Zed' }),
      node(ANA, {
        type: 'Person',
        label: 'Ana Zawirna',
        aliases: ['Ana Zawirna', 'Zawirna'],
        titles: ['Presiden'],
        mentions: 2,
        ...metrics(5, 0.2, 1),
      }),
      node(BUDI, {
        type: 'Person',
        label: 'Budi Zantika',
        aliases: ['Budi Zantika', 'Zantika'],
        titles: [],
        mentions: 3,
        ...metrics(6, 0.3, 1),
      }),
      node(CITRA, { type: 'Person', label: 'Citra Zelestari', titles: [], mentions: 1, ...metrics(3, 0.1, 2) }),
      ...places,
    ],
    edges: [
      edge('MENTIONS', A1, ANA, undefined, { count: 1 }),
      edge('MENTIONS', A1, BUDI, undefined, { count: 1 }),
      edge('MENTIONS', A1, KOTA, undefined, { count: 1 }),
      edge('MENTIONS', A1, MEETING, undefined, { count: 1 }),
      edge('MENTIONS', A2, ANA, undefined, { count: 1 }),
      edge('MENTIONS', A2, BUDI, undefined, { count: 2 }),
      edge('MENTIONS', A2, CITRA, undefined, { count: 1 }),
      edge('MENTIONS', A2, KOTA, undefined, { count: 2 }),
      edge('MENTIONS', A2, NEGERI, undefined, { count: 1 }),
      edge('MENTIONS', A2, MEETING, undefined, { count: 1 }),
      edge('MENTIONS', A2, VISIT, undefined, { count: 1 }),
      edge('PUBLISHED_BY', A1, 'org:zz-kabar-harian', [[A1, 0, 'Kota Zalama (Kabar Zharian) -']]),
      edge('CITES', A2, 'org:zz-warta-zed', [[A2, 4, S5]]),
      edge('HOLDS_ROLE', ANA, NEGERI, [[A2, 1, S2]], { title: 'Presiden' }, '#presiden'),
      edge('LOCATED_IN', KOTA, NEGERI, undefined, { source: 'gazetteer' }),
      edge('HELD_IN', MEETING, KOTA, [[A1, 1, S1]]),
      edge('HELD_IN', VISIT, KOTA, [[A2, 2, S3]]),
      edge(
        'PARTICIPATED_IN',
        ANA,
        MEETING,
        [
          [A1, 1, S1],
          [A2, 1, S2],
        ],
        { role: 'host' },
      ),
      edge('PARTICIPATED_IN', BUDI, MEETING, [[A1, 1, S1]], { role: 'guest' }),
      edge('PARTICIPATED_IN', BUDI, VISIT, [[A2, 2, S3]], { role: 'guest' }),
      edge('PARTICIPATED_IN', CITRA, VISIT, [[A2, 2, S3]], { role: 'host' }),
      edge(
        'MET',
        ANA,
        BUDI,
        [
          [A1, 1, S1],
          [A2, 1, S2],
        ],
        { event: MEETING, date: '2016-04', place: KOTA },
        `@${MEETING}`,
      ),
      edge('MET', BUDI, CITRA, [[A2, 2, S3]], { event: VISIT, date: '2016-03-28', place: KOTA }, `@${VISIT}`),
    ],
  };
}

/** Corpus B: zz-a2 again, and zz-a3. Budi goes by another label here, and has other aliases and metrics. */
export function corpusB(corpus = 'zz-test-b'): SerializedGraph {
  return {
    attributes: { corpus },
    nodes: [
      article(A2, 'Budi berkunjung ke Kota Zalama', '2016-04-03'),
      article(A3, 'KTT Negeri Zutara 2017', '2017-05-01', { publisher: 'Kabar Zharian' }),
      node(MEETING, {
        type: 'Event',
        kind: 'meeting',
        label: 'Meeting in Kota Zalama 2016-04',
        date: '2016-04',
        dateText: 'bulan April 2016',
        mentions: 1,
        ...metrics(3, 0.2, 4),
      }),
      node(SUMMIT, {
        type: 'Event',
        kind: 'summit',
        label: 'Summit in Negeri Zutara 2017',
        date: '2017',
        mentions: 1,
        ...metrics(4, 0.2, 4),
      }),
      node('org:zz-kabar-harian', { type: 'Organization', kind: 'media', label: 'Kabar Zharian', mentions: 0 }),
      node(ANA, {
        type: 'Person',
        label: 'Ana Zawirna',
        aliases: ['Ana Zawirna'],
        titles: [],
        mentions: 2,
        ...metrics(4, 0.25, 4),
      }),
      node(BUDI, {
        type: 'Person',
        label: 'Budi Zantikā',
        aliases: ['Budi Zantika', 'Budi Zantikā', 'Pak Zantika'],
        titles: ['Menteri'],
        mentions: 4,
        ...metrics(5, 0.35, 4),
      }),
      node(CITRA, { type: 'Person', label: 'Citra Zelestari', titles: [], mentions: 2, ...metrics(3, 0.15, 4) }),
      ...places,
    ],
    edges: [
      edge('MENTIONS', A2, ANA, undefined, { count: 1 }),
      edge('MENTIONS', A2, BUDI, undefined, { count: 2 }),
      edge('MENTIONS', A2, CITRA, undefined, { count: 1 }),
      edge('MENTIONS', A2, KOTA, undefined, { count: 2 }),
      edge('MENTIONS', A2, NEGERI, undefined, { count: 1 }),
      edge('MENTIONS', A2, MEETING, undefined, { count: 1 }),
      edge('MENTIONS', A3, ANA, undefined, { count: 1 }),
      edge('MENTIONS', A3, BUDI, undefined, { count: 2 }),
      edge('MENTIONS', A3, CITRA, undefined, { count: 1 }),
      edge('MENTIONS', A3, NEGERI, undefined, { count: 1 }),
      edge('MENTIONS', A3, SUMMIT, undefined, { count: 1 }),
      edge('PUBLISHED_BY', A3, 'org:zz-kabar-harian', [[A3, 0, 'Jakarta (Kabar Zharian) -']]),
      edge('HOLDS_ROLE', ANA, NEGERI, [[A2, 1, S2]], { title: 'Presiden' }, '#presiden'),
      edge('LOCATED_IN', KOTA, NEGERI, undefined, { source: 'gazetteer' }),
      edge('HELD_IN', SUMMIT, NEGERI, [[A3, 1, S4]]),
      edge('PARTICIPATED_IN', BUDI, MEETING, [[A2, 1, S2]], { role: 'guest' }),
      edge('PARTICIPATED_IN', ANA, SUMMIT, [[A3, 1, S4]], { role: 'participant' }),
      edge('PARTICIPATED_IN', BUDI, SUMMIT, [[A3, 1, S4]], { role: 'participant' }),
      edge('PARTICIPATED_IN', CITRA, SUMMIT, [[A3, 1, S4]], { role: 'participant' }),
      edge('MET', ANA, BUDI, [[A3, 1, S4]], { event: SUMMIT, date: '2017', place: NEGERI }, `@${SUMMIT}`),
      edge('MET', ANA, CITRA, [[A3, 1, S4]], { event: SUMMIT, date: '2017', place: NEGERI }, `@${SUMMIT}`),
      edge('MET', BUDI, CITRA, [[A3, 1, S4]], { event: SUMMIT, date: '2017', place: NEGERI }, `@${SUMMIT}`),
    ],
  };
}
