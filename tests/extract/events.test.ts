import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { indonesian } from '../../src/lang/id/index.js';

const events = (text: string) =>
  extractArticle({ id: 'a', file: 'a.txt', text, title: 'Judul' }, indonesian).events.map((e) => ({
    kind: e.kind,
    date: e.date,
    endDate: e.endDate,
  }));

describe('event dates', () => {
  it('takes a later day in a follow-up sentence as the end of the event', () => {
    expect(
      events(
        'Presiden Rusia Vladimir Putin mengunjungi Pyongyang pada Rabu (19/6/2024). Kunjungan itu berlangsung hingga Kamis (20/6/2024).',
      ),
    ).toEqual([{ kind: 'visit', date: '2024-06-19', endDate: '2024-06-20' }]);
  });

  it('never ends an event before it starts: an earlier day in a follow-up sentence is about something else', () => {
    const found = events(
      'Menteri Luar Negeri Rusia Sergey Lavrov berada di Pyongyang untuk kunjungan tiga hari sejak Rabu (18/10/2017). Kunjungan itu berlangsung hingga Kamis (20/6), sebelum ia meninggalkan Pyongyang.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].date).toBe('2017-10-18');
    expect(found[0].endDate === undefined || found[0].endDate >= found[0].date!).toBe(true);
  });
});

const full = (text: string, published = '2024-06-20') => {
  const x = extractArticle({ id: 'a', file: 'a.txt', text, title: 'Judul', published }, indonesian);
  const name = (i: number | undefined) => (i === undefined ? undefined : x.entities[i].name);
  return x.events.map((e) => ({
    kind: e.kind,
    date: e.date,
    place: name(e.place),
    planned: e.planned,
    roles: Object.fromEntries(e.participants.map((p) => [name(p.entity)!, p.role])),
  }));
};

describe('event kinds, participants and places', () => {
  it('reads no event in a phrase that holds a word for one (held to a draw, retained earnings, a heart attack)', () => {
    expect(
      events(
        'Persija Jakarta ditahan imbang Persib Bandung pada Rabu (18/6/2025). Perseroan mencatat laba ditahan Rp 2 triliun. ' +
          'Budi Santoso meninggal karena serangan jantung pada Kamis (19/6/2025). Polisi menahan Andi Wijaya; Andi Wijaya ditahan di Polres Bogor pada Jumat (20/6/2025).',
      ).map((e) => e.kind),
    ).not.toContain('attack');
    expect(events('Persija Jakarta ditahan imbang Persib Bandung pada Rabu (18/6/2025).')).toEqual([]);
    expect(events('Andi Wijaya ditahan di Polres Bogor pada Jumat (20/6/2025).').map((e) => e.kind)).toEqual([
      'arrest',
    ]);
  });

  it('reads an arrest: the organisation is the authority, the one arrested the suspect', () => {
    const [e] = full(
      'Komisi Pemberantasan Korupsi (KPK) menangkap Bupati Bogor Darmawan Wirajaya di Bandung pada Senin (17/6/2024).',
    );
    expect(e).toMatchObject({ kind: 'arrest', date: '2024-06-17', place: 'Bandung' });
    expect(e.roles['Darmawan Wirajaya']).toBe('suspect');
    expect(Object.entries(e.roles).find(([, r]) => r === 'authority')).toBeDefined();
  });

  it('reads the words after a quotation that closed as the report, and one unnamed report at the same place and day with it', () => {
    const quote =
      '"Kami sudah rapat dengan warga. Mereka setuju," kata Budi Santoso dalam konferensi pers di Gedung Sate, Selasa (10/6/2025).';
    expect(full(quote)).toMatchObject([
      { kind: 'announcement', place: 'Gedung Sate', roles: { 'Budi Santoso': 'participant' } },
    ]);
    const twice = full(
      `Keputusan itu disampaikan dalam konferensi pers di Gedung Sate pada Selasa (10/6/2025). ${quote}`,
    );
    expect(twice).toMatchObject([
      { kind: 'announcement', place: 'Gedung Sate', roles: { 'Budi Santoso': 'participant' } },
    ]);
  });

  it('places an event where quoted speech says an event of its kind took place, and only then', () => {
    const told = 'Budi Santoso ditahan oleh Kejaksaan Negeri Bogor pada Senin (21/7/2025).';
    const [held] = full(`${told} "Penahanan dilakukan selama 20 hari di Rutan Pondok Rajeg," kata Andi Wijaya.`);
    expect(held).toMatchObject({ kind: 'arrest', place: 'Rutan Pondok Rajeg' });
    const [met] = full(`${told} "Kami bertemu di Rutan Pondok Rajeg," kata Andi Wijaya.`);
    expect(met.place).toBeUndefined();
  });

  it("takes the names leading the lines of a list the event's sentence opens as its participants", () => {
    const list = [
      'Budi Santoso bertemu Andi Wijaya di Bandung pada Kamis (25/9/2025).',
      'Berikut partai yang hadir dalam pertemuan Budi Santoso dan Andi Wijaya:',
      '- Partai Gelombang: 1.000 suara.',
      '- Partai Bintang Timur: 900 suara.',
    ];
    const [e] = full([...list, 'Keduanya akan menggugat aturan itu.'].join('\n'));
    expect(Object.keys(e.roles).sort()).toEqual([
      'Andi Wijaya',
      'Budi Santoso',
      'Partai Bintang Timur',
      'Partai Gelombang',
    ]);
    // Lines after a sentence that does not open a list are no one's roll.
    const [plain] = full([list[0], 'Partai yang hadir dalam pertemuan itu tak disebut.', ...list.slice(2)].join('\n'));
    expect(Object.keys(plain.roles).sort()).toEqual(['Andi Wijaya', 'Budi Santoso']);
  });

  it('takes the people `kedua pemimpin` stands for, and the city before its country', () => {
    const found = full(
      [
        'Presiden Wiratama Sukarta dan Perdana Menteri Hendro Basuki sepakat memperluas kerja sama ekonomi.',
        'Hal itu disepakati dalam pertemuan tatap muka pertama antara kedua pemimpin di kota Surabaya, Indonesia, Rabu 12 Juni 2024.',
      ].join(' '),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'meeting', date: '2024-06-12', place: 'Surabaya' });
    expect(Object.keys(found[0].roles).sort()).toEqual(['Hendro Basuki', 'Wiratama Sukarta']);
  });

  it('marks a scheduled event as planned, and keeps an unscheduled plan out', () => {
    const found = full(
      [
        'Pelantikan Rini Hapsari sebagai bupati dijadwalkan berlangsung di Gedung Sate, Bandung, Selasa (25/6/2024).',
        'Gubernur Teguh Santosa akan mengunjungi Bogor.',
      ].join(' '),
    );
    expect(found).toEqual([expect.objectContaining({ kind: 'appointment', date: '2024-06-25', planned: true })]);
  });

  it('dates a death by the day it happened, and an undated detention by the arrest it belongs to', () => {
    const found = full(
      [
        'Mantan Bupati Bogor Hartono Wijaya ditangkap polisi di Semarang pada Senin (10/6/2024).',
        'Tersangka langsung ditahan di Rutan Semarang.',
        'Ayahnya, Slamet Wijaya, wafat pada 2 Mei 2024.',
      ].join(' '),
    );
    expect(found.map((e) => `${e.kind} ${e.date}`)).toEqual(['arrest 2024-06-10', 'death 2024-05-02']);
    expect(found[1].roles['Slamet Wijaya']).toBe('deceased');
  });
});
