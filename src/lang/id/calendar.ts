/** Month and weekday names as Indonesian news writes them, with common short forms. */

/** Lower-case month name or abbreviation → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2,
  maret: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  agustus: 8, agu: 8, agt: 8, agst: 8, ags: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11, nop: 11, nopember: 11,
  desember: 12, des: 12,
};

/** Lower-case weekday → JavaScript day number (Sunday = 0). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0, ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5, "jum'at": 5,
  sabtu: 6,
};

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

/** Relative date phrases, resolved against the publication date. */
export interface RelativeDatePhrase {
  readonly phrase: string;
  readonly unit: RelativeUnit;
  readonly offset: number;
}

export const RELATIVE_DATES: readonly RelativeDatePhrase[] = [
  { phrase: 'hari ini', unit: 'day', offset: 0 },
  { phrase: 'kemarin lusa', unit: 'day', offset: -2 },
  { phrase: 'kemarin', unit: 'day', offset: -1 },
  { phrase: 'besok', unit: 'day', offset: 1 },
  { phrase: 'lusa', unit: 'day', offset: 2 },
  { phrase: 'pekan lalu', unit: 'week', offset: -1 },
  { phrase: 'minggu lalu', unit: 'week', offset: -1 },
  { phrase: 'pekan depan', unit: 'week', offset: 1 },
  { phrase: 'minggu depan', unit: 'week', offset: 1 },
  { phrase: 'bulan lalu', unit: 'month', offset: -1 },
  { phrase: 'bulan ini', unit: 'month', offset: 0 },
  { phrase: 'bulan depan', unit: 'month', offset: 1 },
  { phrase: 'tahun lalu', unit: 'year', offset: -1 },
  { phrase: 'tahun ini', unit: 'year', offset: 0 },
  { phrase: 'tahun depan', unit: 'year', offset: 1 },
];
