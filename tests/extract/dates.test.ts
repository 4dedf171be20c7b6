import { describe, expect, it } from 'vitest';
import { findDates, resolveDate, resolveDates } from '../../src/extract/dates.js';
import type { RawMetadata } from '../../src/extract/metadata.js';
import type { ArticleInput } from '../../src/extract/types.js';
import { indonesian } from '../../src/lang/id/index.js';

// Published on Wednesday 19 June 2024.
const PUBLISHED = '2024-06-19';

/** The dates of an article of these sentences, resolved, and its publication date. */
const resolved = (texts: string[], input: Partial<ArticleInput> = {}, meta: Partial<RawMetadata> = {}) => {
  let at = 0;
  const sentences = texts.map((text, index) => {
    const sentence = { index, start: at, end: at + text.length, text, kind: 'body' as const, contentStart: at };
    at += text.length + 1;
    return { sentence, story: text };
  });
  const found = resolveDates(
    sentences,
    { id: 'a', file: 'a.txt', text: texts.join('\n'), ...input },
    { credits: [], sources: [], ...meta },
    indonesian,
  );
  return {
    published: found.published.published,
    dates: [...found.bySentence.values()].flat().map((d) => [d.text, d.date]),
  };
};

const CASES: [string, string | undefined, string?][] = [
  ['25 April 2019', '2019-04-25'],
  ['19 Oktober 2023', '2023-10-19'],
  ['Kamis, 25 April 2019', '2019-04-25'],
  ['Rabu, 19 Juni 2024', '2024-06-19'],
  ['Sabtu, 1 Juni 2024', '2024-06-01'],
  ['1 Januari 2024', '2024-01-01'],
  ['31 Desember 2023', '2023-12-31'],
  ['17 Agustus 1945', '1945-08-17'],
  ['3 Okt 2023', '2023-10-03'],
  ['10 Nop 2023', '2023-11-10'],
  ['5 Mei', '2024-05-05'],
  ['12 - 17 September 2023', '2023-09-12', '2023-09-17'],
  ['12-17 September', '2023-09-12', '2023-09-17'],
  ['12 September - 2 Oktober 2023', '2023-09-12', '2023-10-02'],
  ['28 Desember - 3 Januari', '2023-12-28', '2024-01-03'],
  ['10 hingga 12 Juni 2024', '2024-06-10', '2024-06-12'],
  ['Rabu (19/6)', '2024-06-19'],
  ['Jumat (14/6)', '2024-06-14'],
  ['Minggu (17/9)', '2023-09-17'],
  ['(19/6/2024)', '2024-06-19'],
  ['Selasa malam (18/6/2024)', '2024-06-18'],
  ['Rabu dini hari (19/6)', '2024-06-19'],
  ['(1/7)', '2024-07-01'],
  ['19/06/2024', '2024-06-19'],
  ['2024-06-19', '2024-06-19'],
  ['September 2023', '2023-09'],
  ['Juni 2024', '2024-06'],
  ['pada bulan Maret', '2024-03'],
  ['pada 2011', '2011'],
  ['sejak tahun 2000', '2000'],
  ['pada Rabu', '2024-06-19'],
  ['pada Senin', '2024-06-17'],
  ['pada Jumat', '2024-06-14'],
  ['hari Minggu', '2024-06-16'],
  ['kemarin', '2024-06-18'],
  ['kemarin lusa', '2024-06-17'],
  ['hari ini', '2024-06-19'],
  ['besok', '2024-06-20'],
  ['pekan lalu', '2024-06-10', '2024-06-16'],
  ['minggu lalu', '2024-06-10', '2024-06-16'],
  ['pekan depan', '2024-06-24', '2024-06-30'],
  ['bulan lalu', '2024-05'],
  ['bulan depan', '2024-07'],
  ['tahun lalu', '2023'],
  ['tahun ini', '2024'],
  ['tahun depan', '2025'],
];

describe('Indonesian date expressions, resolved against a publication date', () => {
  it.each(CASES)('%s → %s', (text, date, endDate) => {
    const [raw] = findDates(`Peristiwa itu terjadi ${text} di sana.`, indonesian);
    expect(raw, `no date found in "${text}"`).toBeDefined();
    expect(raw.text.trim().endsWith(text.split(' ').pop()!)).toBe(true);
    const resolved = resolveDate(raw, { published: PUBLISHED, year: 2024 });
    expect(resolved.date).toBe(date);
    expect(resolved.endDate).toBe(endDate);
  });

  it('never invents a year: a day and month without any year known stay unresolved', () => {
    for (const text of ['Rabu (19/6)', '25 April', '12 - 17 September']) {
      const [raw] = findDates(text, indonesian);
      expect(resolveDate(raw, {})).toEqual({});
    }
  });

  it('resolves weekdays and relative words only against a full publication date', () => {
    const [raw] = findDates('kemarin', indonesian);
    expect(resolveDate(raw, { year: 2024 })).toEqual({});
    const [weekday] = findDates('pada Rabu', indonesian);
    expect(resolveDate(weekday, { published: '2024-06' })).toEqual({});
  });

  it('finds what Unicode case folding alone makes a date name (text holding those characters is matched as Unicode)', () => {
    // U+017F long s folds to s, U+212A Kelvin sign to k.
    const months = findDates('Pertemuan pada 25 De\u017Fember 2019 itu.', indonesian);
    expect(months.map((d) => d.text)).toEqual(['25 De\u017Fember 2019']);
    const relative = findDates('Ia tiba \u212Aemarin di Jakarta.', indonesian);
    expect(relative.map((d) => d.relative)).toEqual([{ unit: 'day', offset: -1 }]);
    expect(findDates('Ia tiba di Jakarta untuk berunding.', indonesian)).toEqual([]);
  });

  it("compiles a rule with the Unicode flag where the model's rule asks for it", () => {
    const model = {
      ...indonesian,
      dateRules: [{ pattern: '\\b(\\d{4})\\s+\\p{Lu}{2}\\b', yields: { year: 1 }, unicode: true as const }],
    };
    expect(findDates('Sejak 2019 ÉU memimpin.', model).map((d) => [d.text, d.year])).toEqual([['2019 ÉU', 2019]]);
  });

  it('ignores numbers that are not dates', () => {
    expect(findDates('harga naik 15/20 persen dan 32 Januari', indonesian).filter((d) => d.day === 32)).toEqual([]);
    expect(findDates('rencana pertukaran untuk periode 2024-2025', indonesian)).toEqual([]);
  });

  it('resolves relative words and lone weekdays only against a date the article states', () => {
    // The latest date a story tells is no publication date, and `kemarin` has nothing to count back from.
    expect(
      resolved(['Ia tiba kemarin dan pulang Kamis (20/6/2024).', 'Kontrak berlaku hingga 30 Desember 2026.']),
    ).toEqual({
      published: undefined,
      dates: [
        ['kemarin', undefined],
        ['Kamis (20/6/2024)', '2024-06-20'],
        ['30 Desember 2026', '2026-12-30'],
      ],
    });
    expect(resolved(['Ia tiba kemarin.'], { published: '2024-06-20' }).dates).toEqual([['kemarin', '2024-06-19']]);
    expect(resolved(['Ia tiba kemarin.'], {}, { bylineDate: '2024-06-20' }).dates).toEqual([['kemarin', '2024-06-19']]);
    // A lone weekday takes the one date the text gives that weekday; two dates for it leave it open.
    expect(resolved(['Ia tiba Rabu (19/6/2024).', 'Pada Rabu ia bertemu Kim.']).dates).toEqual([
      ['Rabu (19/6/2024)', '2024-06-19'],
      ['Pada Rabu', '2024-06-19'],
    ]);
    expect(resolved(['Ia tiba pada Rabu, (19/6/2024).', 'Pada Rabu ia bertemu Kim.']).dates).toEqual([
      ['Rabu, (19/6/2024)', '2024-06-19'],
      ['Pada Rabu', '2024-06-19'],
    ]);
    expect(
      resolved(['Ia tiba Rabu (19/6/2024) dan Rabu (26/6/2024).', 'Pada Rabu ia bertemu Kim.']).dates.at(-1),
    ).toEqual(['Pada Rabu', undefined]);
    // A weekday the text gives a date it does not fall on is no guide.
    expect(resolved(['Ia tiba Selasa (19/6/2024).', 'Pada Selasa ia bertemu Kim.']).dates.at(-1)).toEqual([
      'Pada Selasa',
      undefined,
    ]);
  });

  it("reads a day and month without a year in the year of the text's whole dates, checked by its weekday", () => {
    // A year named alone is often a plan's: the whole date's year wins.
    expect(
      resolved(['Rapat digelar Kamis (5/6).', 'Targetnya tercapai pada 2029.', 'Kontrak diteken 2 Juni 2025.'])
        .dates[0],
    ).toEqual(['Kamis (5/6)', '2025-06-05']);
    // Years named alone: the one the weekday falls on (6 July 2021 was a Tuesday, 2022's a Wednesday).
    expect(
      resolved(['Sidang digelar Selasa (6/7).', 'Anggaran disusun pada tahun 2021 dan diubah pada 2022.']).dates[0],
    ).toEqual(['Selasa (6/7)', '2021-07-06']);
    // None of them: no date.
    expect(resolved(['Sidang digelar Kamis (14/8).', 'Emisi nol dicapai pada 2060.']).dates[0]).toEqual([
      'Kamis (14/8)',
      undefined,
    ]);
    // A day off in a whole date's year is the writer's slip (15 August 2025 was a Friday).
    expect(resolved(['Sidang digelar Kamis (15/8).', 'Berkas dari tahun 2024 dibuka 1 Juli 2025.']).dates[0]).toEqual([
      'Kamis (15/8)',
      '2025-08-15',
    ]);
  });
});
