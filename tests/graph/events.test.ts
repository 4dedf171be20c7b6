import { describe, expect, it } from 'vitest';
import { mergeEvents, type EventDraft } from '../../src/graph/events.js';

let reportNo = 0;
/** A report of an event by `people`, first seen in the order reports are made. */
function report(
  kind: EventDraft['kind'],
  people: string[],
  at: { date?: string; endDate?: string; place?: string } = {},
): EventDraft {
  const n = reportNo++;
  const evidence = [{ doc: `article:a${String(n).padStart(6, '0')}`, sentence: 1, text: `report ${n}` }];
  return {
    kind,
    ...at,
    evidence,
    first: `${evidence[0].doc}#000001`,
    participants: new Map(people.map((p) => [p, { role: 'participant', evidence: [...evidence] }])),
  };
}

const within = new Map([['place:vladivostok', new Set(['place:rusia'])]]);
const summary = (events: EventDraft[]) =>
  events.map((e) => ({
    kind: e.kind,
    date: e.date,
    place: e.place,
    reports: e.evidence.length,
    people: [...e.participants.keys()].sort(),
  }));

describe('merging event reports', () => {
  it('merges reports a day apart that share a participant, keeping the finer place and date', () => {
    const merged = mergeEvents(
      [
        report('summit', ['person:putin', 'person:kim'], { date: '2024-06', place: 'place:rusia' }),
        report('summit', ['person:kim'], { date: '2024-06-19', place: 'place:vladivostok' }),
        report('summit', ['person:putin'], { date: '2024-06-20' }),
      ],
      within,
    );
    expect(summary(merged)).toEqual([
      {
        kind: 'summit',
        date: '2024-06-19',
        place: 'place:vladivostok',
        reports: 3,
        people: ['person:kim', 'person:putin'],
      },
    ]);
  });

  it('keeps apart reports of another kind, without a shared participant, or dated too far apart', () => {
    const merged = mergeEvents(
      [
        report('visit', ['person:putin'], { date: '2024-06-19' }),
        report('summit', ['person:putin'], { date: '2024-06-19' }),
        report('visit', ['person:lavrov'], { date: '2024-06-19' }),
        report('visit', ['person:putin'], { date: '2024-06-23' }),
        report('visit', ['person:putin'], { date: '2024-06-21' }),
      ],
      within,
    );
    expect(summary(merged).map((e) => `${e.kind} ${e.date} ${e.people} ${e.reports}`)).toEqual([
      'visit 2024-06-19 person:putin 2',
      'summit 2024-06-19 person:putin 1',
      'visit 2024-06-19 person:lavrov 1',
      'visit 2024-06-23 person:putin 1',
    ]);
  });

  it('lets an undated report join a dated event only at the same place', () => {
    const merged = mergeEvents(
      [
        report('visit', ['person:kim'], { date: '2019-04-25', place: 'place:vladivostok' }),
        report('visit', ['person:kim'], { place: 'place:vladivostok' }),
        report('visit', ['person:kim'], { place: 'place:rusia' }),
      ],
      within,
    );
    expect(summary(merged).map((e) => `${e.date} ${e.place} ${e.reports}`)).toEqual([
      '2019-04-25 place:vladivostok 2',
      'undefined place:rusia 1',
    ]);
  });

  it('merges undated reports only at one named place: two at Bogor are one event, Bogor and no place stay apart', () => {
    const merged = mergeEvents(
      [
        report('meeting', ['person:a', 'person:b'], { place: 'place:bogor' }),
        report('meeting', ['person:a'], { place: 'place:bogor' }),
        report('meeting', ['person:a']),
        report('meeting', ['person:a']),
      ],
      within,
    );
    expect(summary(merged).map((e) => `${e.place} ${e.reports}`)).toEqual([
      'place:bogor 2',
      'undefined 1',
      'undefined 1',
    ]);
  });

  it('puts a signing during a visit into the visit, whichever is reported first', () => {
    const merged = mergeEvents(
      [
        report('signing', ['person:putin', 'person:kim'], { date: '2024-06-19', place: 'place:vladivostok' }),
        report('visit', ['person:putin'], { date: '2024-06-18', endDate: '2024-06-20', place: 'place:vladivostok' }),
        report('summit', ['person:putin'], { date: '2024-06-19', place: 'place:vladivostok' }),
      ],
      within,
    );
    expect(summary(merged).map((e) => `${e.kind} ${e.reports}`)).toEqual(['visit 2', 'summit 1']);
  });

  it('gives a report to the earliest event it fits, across a month boundary', () => {
    const merged = mergeEvents(
      [
        report('talks', ['person:a'], { date: '2024-05-31' }),
        report('talks', ['person:b'], { date: '2024-06-01' }),
        report('talks', ['person:b', 'person:a'], { date: '2024-06-02' }),
      ],
      within,
    );
    expect(summary(merged).map((e) => `${e.date} ${e.people} ${e.reports}`)).toEqual([
      '2024-05-31 person:a,person:b 2',
      '2024-06-01 person:b 1',
    ]);
  });

  it('compares a span that ends before it starts by its ends, as for any other span', () => {
    // Extraction can give such a span (a relative start date, an end date from elsewhere).
    const merged = mergeEvents(
      [
        report('meeting', ['person:a'], { date: '2014-12-30', endDate: '2021-06-20' }),
        report('meeting', ['person:a'], { date: '2015-12-12', endDate: '2015-06-20' }),
      ],
      within,
    );
    expect(merged).toHaveLength(1);
  });

  it('stays linear on undated reports sharing a participant: 8,000 take about four times what 2,000 take, not sixteen', () => {
    const undated = (n: number, place?: string) =>
      Array.from({ length: n }, (_, i) =>
        report('meeting', ['person:hub', `person:guest-${i}`], place ? { place } : {}),
      );
    const time = (events: EventDraft[]) => {
      const t = performance.now();
      const merged = mergeEvents(events, within);
      return { merged, ms: performance.now() - t };
    };
    time(undated(2_000));
    const small = time(undated(2_000));
    const large = time(undated(8_000));
    expect(large.merged).toHaveLength(8_000);
    // Comparing each report with every earlier one of the hub took 34 s on 8,000 one-line articles.
    expect(large.ms).toBeLessThan(Math.max(1_000, small.ms * 8));
    const atOnePlace = time(undated(8_000, 'place:bogor'));
    expect(atOnePlace.merged).toHaveLength(1);
    expect(atOnePlace.merged[0].participants.size).toBe(8_001);
    expect(atOnePlace.ms).toBeLessThan(2_000);
  }, 60_000);

  it('stays linear: 10,000 events of one person, each reported twice, merge in well under the time a pairwise search takes', () => {
    const day = (i: number) => new Date(Date.UTC(1970, 0, 1) + i * 86400000 * 3).toISOString().slice(0, 10);
    // Each event reported twice; three days apart, events stay apart.
    const events = Array.from({ length: 20_000 }, (_, i) =>
      report('visit', ['person:hub', `person:guest-${i >> 1}`], { date: day(i >> 1) }),
    );
    const started = performance.now();
    const merged = mergeEvents(events, within);
    const seconds = (performance.now() - started) / 1000;
    expect(merged).toHaveLength(10_000);
    expect(merged.every((e) => e.evidence.length === 2)).toBe(true);
    // Comparing each report with every event before it takes about a minute here.
    expect(seconds).toBeLessThan(5);
  }, 60_000);
});
