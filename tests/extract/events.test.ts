import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { indonesian } from '../../src/lang/id/index.js';

const events = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, title: 'Judul' }, indonesian).events
  .map((e) => ({ kind: e.kind, date: e.date, endDate: e.endDate }));

describe('event dates', () => {
  it('takes a later day in a follow-up sentence as the end of the event', () => {
    expect(events('Presiden Rusia Vladimir Putin mengunjungi Pyongyang pada Rabu (19/6/2024). Kunjungan itu berlangsung hingga Kamis (20/6/2024).'))
      .toEqual([{ kind: 'visit', date: '2024-06-19', endDate: '2024-06-20' }]);
  });

  it('never ends an event before it starts: an earlier day in a follow-up sentence is about something else', () => {
    const found = events('Menteri Luar Negeri Rusia Sergey Lavrov berada di Pyongyang untuk kunjungan tiga hari sejak Rabu (18/10/2017). Kunjungan itu berlangsung hingga Kamis (20/6), sebelum ia meninggalkan Pyongyang.');
    expect(found).toHaveLength(1);
    expect(found[0].date).toBe('2017-10-18');
    expect(found[0].endDate === undefined || found[0].endDate >= found[0].date!).toBe(true);
  });
});
