/**
 * The hand-made world of fixture-graph.ts against the real server: several corpora in one
 * database (loading one never changes what another says, the order of loads does not matter,
 * and unloading one gives back the others), then every named query with its known answer.
 * One file, so that the two never load the same keys at once.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { queryLibrary } from '../../src/cli/neo4j.js';
import { connect } from '../../src/neo4j/connection.js';
import { bindParams } from '../../src/neo4j/library.js';
import type { SerializedGraph } from '../../src/neo4j/graph-file.js';
import { loadGraph, removeCorpus } from '../../src/neo4j/load.js';
import { runQuery } from '../../src/neo4j/query.js';
import { databaseChecksum } from '../setup/checksum.js';
import { A1, A2, ANA, BUDI, corpusA, corpusB, MEETING } from './fixture-graph.js';

const A = 'zz-test-a';
const B = 'zz-test-b';

const server = inject('neo4j');

describe.skipIf(!server)('several corpora in one database', () => {
  let driver: Driver;
  const q = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await runQuery(driver, cypher, params, { uri: server!.uri })).rows;
  const load = (g: SerializedGraph, replace = false) =>
    loadGraph(driver, g, { uri: server!.uri, replace, batchSize: 4 });
  const clear = async () => {
    await removeCorpus(driver, A);
    await removeCorpus(driver, B);
  };
  /** Every node and relationship with a `zz-` key, all their properties. */
  const checksum = () => databaseChecksum(driver, server!.uri, 'zz-');

  beforeAll(async () => {
    driver = await connect({ uri: server!.uri, user: server!.user, password: server!.password });
    await clear();
  });
  afterAll(async () => {
    await clear();
    await driver?.close();
  });

  it('loads A then B as B then A, and unloading B, or loading B again with --replace, gives back A alone', async () => {
    await load(corpusA());
    const aAlone = await checksum();
    await load(corpusB());
    const aThenB = await checksum();
    await removeCorpus(driver, B);
    expect(await checksum(), 'A, B, unload B').toBe(aAlone);
    await load(corpusB());
    expect(await checksum(), 'A, B, unload B, B').toBe(aThenB);
    await clear();
    expect(await checksum(), 'nothing left').toBe(await databaseChecksum(driver, server!.uri, 'no-such-key-prefix'));
    await load(corpusB());
    await load(corpusA());
    expect(await checksum(), 'B then A').toBe(aThenB);
    await load(corpusB(), true);
    expect(await checksum(), 'B again with --replace').toBe(aThenB);
    await removeCorpus(driver, B);
    expect(await checksum(), 'B, A, unload B').toBe(aAlone);
    await load(corpusA());
    expect(await checksum(), 'A loaded twice').toBe(aAlone);
  }, 300_000);

  it('keeps what describes a thing merged, and what each corpus says apart', async () => {
    await clear();
    await load(corpusA());
    await load(corpusB());
    const [budi] = await q('MATCH (p:Person {key: $k}) RETURN properties(p) AS p', { k: BUDI });
    const p = budi.p as Record<string, unknown>;
    expect(p.corpora).toEqual([A, B]);
    // The first corpus by name gives the label; the lists are the union.
    expect(p.label).toBe('Budi Zantika');
    expect(p.aliases).toEqual(['Budi Zantika', 'Zantika', 'Budi Zantikā', 'Pak Zantika']);
    expect(p.titles).toEqual(['Menteri']);
    // Each corpus's own values, kept as they were.
    expect([
      p[`label@${A}`],
      p[`label@${B}`],
      p[`mentions@${A}`],
      p[`mentions@${B}`],
      p[`pagerank@${A}`],
      p[`pagerank@${B}`],
    ]).toEqual(['Budi Zantika', 'Budi Zantikā', 3, 4, 0.3, 0.35]);
    // mentions and degree are counted over the union (zz-a2 is in both corpora: its 2 mentions count once); pagerank is a corpus's only.
    expect(p.mentions).toBe(1 + 2 + 2);
    expect(p.degree).toBe(Number((await q('MATCH (:Person {key: $k})-[r]-() RETURN count(r) AS n', { k: BUDI }))[0].n));
    expect(p.pagerank).toBeUndefined();
    // A node of one corpus is as that corpus has it, with no views.
    const [summit] = await q("MATCH (e:Event {key: 'event:summit-2017-zz-negeri-utara'}) RETURN properties(e) AS p");
    expect(Object.keys(summit.p as object).some((k) => k.includes('@'))).toBe(false);
    expect((summit.p as Record<string, unknown>).pagerank).toBe(0.2);
  });

  it('gives a relationship both corpora assert the union of their evidence, each item with its corpus', async () => {
    const [r] = await q(
      'MATCH (:Person {key: $p})-[r:PARTICIPATED_IN]->(:Event {key: $e}) RETURN r.corpora AS corpora, r.evidenceDocs AS docs, r.evidenceSentences AS sentences, r.evidenceCorpora AS from',
      { p: BUDI, e: MEETING },
    );
    expect(r).toEqual({ corpora: [A, B], docs: [A1, A2], sentences: [1, 1], from: [A, B] });
    // The same article in both corpora: one MENTIONS, its count once.
    const [m] = await q(
      'MATCH (:Document {key: $d})-[m:MENTIONS]->(:Person {key: $p}) RETURN m.count AS count, m.corpora AS corpora',
      { d: A2, p: BUDI },
    );
    expect(m).toEqual({ count: 2, corpora: [A, B] });
    // A relationship of A alone stays A's.
    const [role] = await q(
      'MATCH (:Person {key: $p})-[r:PARTICIPATED_IN]->(e:Event {key: $e}) RETURN r.corpora AS corpora, r.evidenceCorpora AS from',
      { p: ANA, e: MEETING },
    );
    expect(role).toEqual({ corpora: [A], from: [A, A] });
  });

  it('ends two corpora loaded at the same time as loaded one after the other', async () => {
    await clear();
    await load(corpusA());
    await load(corpusB());
    const sequential = await checksum();
    await clear();
    await Promise.all([load(corpusA()), load(corpusB())]);
    expect(await checksum()).toBe(sequential);
  }, 300_000);
});

describe.skipIf(!server)('named queries on a graph whose answers are known', () => {
  let driver: Driver;
  const named = async (name: string, params: Record<string, string> = {}) => {
    const query = queryLibrary().find((x) => x.name === name)!;
    return (
      await runQuery(
        driver,
        query.cypher,
        bindParams(
          query,
          Object.entries(params).map(([k, v]) => `${k}=${v}`),
        ),
        { uri: server!.uri },
      )
    ).rows;
  };
  const A1_TITLE = 'Ana dan Budi bertemu di Kota Zalama';
  const A2_TITLE = 'Budi berkunjung ke Kota Zalama';
  const A3_TITLE = 'KTT Negeri Zutara 2017';
  const PEOPLE = ['Ana Zawirna', 'Budi Zantika', 'Citra Zelestari'];

  beforeAll(async () => {
    driver = await connect({ uri: server!.uri, user: server!.user, password: server!.password });
    await loadGraph(driver, corpusA(), { uri: server!.uri });
    await loadGraph(driver, corpusB(), { uri: server!.uri });
  });
  afterAll(async () => {
    await removeCorpus(driver, A);
    await removeCorpus(driver, B);
    await driver?.close();
  });

  it('who-met: one row per meeting, in date order, with its place, the people met and the articles', async () => {
    expect(await named('who-met', { person: 'Pak Zantika' })).toEqual([
      {
        date: '2016-03-28',
        kind: 'visit',
        place: 'Kota Zalama',
        people: ['Citra Zelestari'],
        articles: [A2_TITLE],
        event: 'Visit in Kota Zalama 2016-03-28',
      },
      {
        date: '2016-04',
        kind: 'meeting',
        place: 'Kota Zalama',
        people: ['Ana Zawirna'],
        articles: [A1_TITLE, A2_TITLE],
        event: 'Meeting in Kota Zalama 2016-04',
      },
      {
        date: '2017',
        kind: 'summit',
        place: 'Negeri Zutara',
        people: ['Ana Zawirna', 'Citra Zelestari'],
        articles: [A3_TITLE],
        event: 'Summit in Negeri Zutara 2017',
      },
    ]);
  });

  it('person-timeline: one row per event, in date order, with role, place and articles', async () => {
    expect(await named('person-timeline', { person: 'budi zantika' })).toEqual([
      {
        date: '2016-03-28',
        until: '2016-04-02',
        kind: 'visit',
        role: 'guest',
        place: 'Kota Zalama',
        event: 'Visit in Kota Zalama 2016-03-28',
        articles: [A2_TITLE],
      },
      {
        date: '2016-04',
        until: null,
        kind: 'meeting',
        role: 'guest',
        place: 'Kota Zalama',
        event: 'Meeting in Kota Zalama 2016-04',
        articles: [A1_TITLE, A2_TITLE],
      },
      {
        date: '2017',
        until: null,
        kind: 'summit',
        role: 'participant',
        place: 'Negeri Zutara',
        event: 'Summit in Negeri Zutara 2017',
        articles: [A3_TITLE],
      },
    ]);
  });

  it('most-connected: distinct people met (Budi has four MET relationships with two people)', async () => {
    const rows = (await named('most-connected', { limit: '1000' })).filter((r) => PEOPLE.includes(r.person as string));
    expect(rows).toEqual([
      { person: 'Budi Zantika', people_met: 2, events: 3, articles: 3 },
      { person: 'Ana Zawirna', people_met: 2, events: 2, articles: 3 },
      { person: 'Citra Zelestari', people_met: 2, events: 2, articles: 2 },
    ]);
  });

  it('events-at-place: every event whose dates overlap the range, a month-dated one and one that began before it included', async () => {
    expect(await named('events-at-place', { place: 'Negeri Zutara', from: '2016-04-01', to: '2016-04-30' })).toEqual([
      {
        date: '2016-03-28',
        until: '2016-04-02',
        kind: 'visit',
        place: 'Kota Zalama',
        event: 'Visit in Kota Zalama 2016-03-28',
      },
      { date: '2016-04', until: null, kind: 'meeting', place: 'Kota Zalama', event: 'Meeting in Kota Zalama 2016-04' },
    ]);
    expect(
      (await named('events-at-place', { place: 'Zutara', from: '2017-06-01', to: '2017-06' })).map((r) => r.event),
    ).toEqual(['Summit in Negeri Zutara 2017']);
    expect(await named('events-at-place', { place: 'Zutara', from: '2016-04-03', to: '2016-04-03' })).toEqual([
      expect.objectContaining({ kind: 'meeting' }),
    ]);
  });

  it('event-delegation: who took part in the events at a place in a month, host first', async () => {
    expect(await named('event-delegation', { place: 'Kota Zalama', date: '2016-04' })).toEqual([
      { event: 'Meeting in Kota Zalama 2016-04', participant: 'Ana Zawirna', role: 'host', titles: ['Presiden'] },
      { event: 'Meeting in Kota Zalama 2016-04', participant: 'Budi Zantika', role: 'guest', titles: ['Menteri'] },
      { event: 'Visit in Kota Zalama 2016-03-28', participant: 'Citra Zelestari', role: 'host', titles: [] },
      { event: 'Visit in Kota Zalama 2016-03-28', participant: 'Budi Zantika', role: 'guest', titles: ['Menteri'] },
    ]);
  });

  it('event-sources: the article and sentence that report the summit', async () => {
    expect(await named('event-sources', { place: 'Negeri Zutara', date: '2017' })).toEqual([
      {
        event: 'Summit in Negeri Zutara 2017',
        article: A3_TITLE,
        publisher: 'Kabar Zharian',
        published: '2017-05-01',
        sentence: 'Ana Zawirna, Budi Zantika dan Citra Zelestari bertemu di KTT Negeri Zutara 2017.',
      },
    ]);
  });

  it('article-claims: every claim of one article with its sentence, a claim of both corpora once', async () => {
    const s2 = 'Presiden Negeri Zutara Ana Zawirna bertemu Budi Zantika bulan April 2016.';
    const s3 =
      'Budi Zantika berkunjung ke Kota Zalama pada 28 Maret hingga 2 April 2016 atas undangan Citra Zelestari.';
    expect(await named('article-claims', { article: 'zz-a2.txt' })).toEqual([
      {
        subject: A2_TITLE,
        relation: 'CITES',
        object: 'Warta Zed',
        detail: null,
        sentence: 'Menurut Warta Zed, pertemuan itu berlangsung tertutup.',
      },
      {
        subject: 'Visit in Kota Zalama 2016-03-28',
        relation: 'HELD_IN',
        object: 'Kota Zalama',
        detail: null,
        sentence: s3,
      },
      { subject: 'Ana Zawirna', relation: 'HOLDS_ROLE', object: 'Negeri Zutara', detail: 'Presiden', sentence: s2 },
      { subject: 'Ana Zawirna', relation: 'MET', object: 'Budi Zantika', detail: '2016-04', sentence: s2 },
      { subject: 'Budi Zantika', relation: 'MET', object: 'Citra Zelestari', detail: '2016-03-28', sentence: s3 },
      {
        subject: 'Ana Zawirna',
        relation: 'PARTICIPATED_IN',
        object: 'Meeting in Kota Zalama 2016-04',
        detail: 'host',
        sentence: s2,
      },
      {
        subject: 'Budi Zantika',
        relation: 'PARTICIPATED_IN',
        object: 'Meeting in Kota Zalama 2016-04',
        detail: 'guest',
        sentence: s2,
      },
      {
        subject: 'Budi Zantika',
        relation: 'PARTICIPATED_IN',
        object: 'Visit in Kota Zalama 2016-03-28',
        detail: 'guest',
        sentence: s3,
      },
      {
        subject: 'Citra Zelestari',
        relation: 'PARTICIPATED_IN',
        object: 'Visit in Kota Zalama 2016-03-28',
        detail: 'host',
        sentence: s3,
      },
    ]);
    expect(await named('article-claims', { article: 'Budi bertemu' })).toEqual([
      expect.objectContaining({ relation: 'HELD_IN', subject: 'Meeting in Kota Zalama 2016-04' }),
      expect.objectContaining({ relation: 'MET', subject: 'Ana Zawirna', object: 'Budi Zantika', detail: '2016-04' }),
      expect.objectContaining({ relation: 'PARTICIPATED_IN', subject: 'Ana Zawirna' }),
      expect.objectContaining({ relation: 'PARTICIPATED_IN', subject: 'Budi Zantika' }),
      expect.objectContaining({ relation: 'PUBLISHED_BY', object: 'Kabar Zharian' }),
    ]);
  });

  it('roles-for-country, shortest-path, co-mentioned', async () => {
    expect(await named('roles-for-country', { country: 'Zutara' })).toEqual([
      {
        person: 'Ana Zawirna',
        title: 'Presiden',
        of: 'Negeri Zutara',
        evidence: 'Presiden Negeri Zutara Ana Zawirna bertemu Budi Zantika bulan April 2016.',
      },
    ]);
    expect(await named('shortest-path', { from: 'Zawirna', to: 'Citra Zelestari' })).toEqual([
      { path: ['Ana Zawirna', 'Citra Zelestari'], hops: 1 },
    ]);
    expect(await named('co-mentioned', { name: 'Citra Zelestari' })).toEqual([
      { entity: 'Ana Zawirna', type: 'Person', articles: 2 },
      { entity: 'Budi Zantika', type: 'Person', articles: 2 },
      { entity: 'Negeri Zutara', type: 'Place', articles: 2 },
      { entity: 'Kota Zalama', type: 'Place', articles: 1 },
    ]);
  });

  it('cited-sources, publishers, spelling-variants, search', async () => {
    expect((await named('cited-sources')).filter((r) => r.source === 'Warta Zed')).toEqual([
      { source: 'Warta Zed', kind: 'media', articles: 1, titles: [A2_TITLE] },
    ]);
    expect(
      (await named('publishers')).filter((r) => [A1_TITLE, A2_TITLE, A3_TITLE].includes(r.article as string)),
    ).toEqual([
      { outlet: '(unknown)', article: A2_TITLE, published: '2016-04-03', from: 'byline' },
      { outlet: 'Kabar Zharian', article: A1_TITLE, published: '2016-04-10', from: 'byline' },
      { outlet: 'Kabar Zharian', article: A3_TITLE, published: '2017-05-01', from: 'byline' },
    ]);
    const variants = (await named('spelling-variants')).filter((r) =>
      [...PEOPLE, 'Negeri Zutara'].includes(r.name as string),
    );
    expect(variants).toEqual([
      { type: 'Person', name: 'Ana Zawirna', variants: ['Zawirna'] },
      { type: 'Person', name: 'Budi Zantika', variants: ['Zantika', 'Budi Zantikā', 'Pak Zantika'] },
      { type: 'Place', name: 'Negeri Zutara', variants: ['Zutara'] },
    ]);
    expect((await named('search', { text: 'Zantik*' })).map((r) => r.name)).toEqual(['Budi Zantika']);
  });

  it('has a known-answer test above for every named query', () => {
    const tested = [
      'who-met',
      'person-timeline',
      'most-connected',
      'events-at-place',
      'event-delegation',
      'event-sources',
      'article-claims',
      'roles-for-country',
      'shortest-path',
      'co-mentioned',
      'cited-sources',
      'publishers',
      'spelling-variants',
      'search',
    ];
    expect(
      queryLibrary()
        .map((q) => q.name)
        .sort(),
    ).toEqual(tested.sort());
  });
});
