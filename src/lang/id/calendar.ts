/** Month and weekday names as Indonesian news writes them, with common short forms, and the date grammar. */
import type { DateRule, RelativeDatePhrase } from '../../extract/model.js';

/** Lower-case month name or abbreviation → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  agst: 8,
  ags: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  nop: 11,
  nopember: 11,
  desember: 12,
  des: 12,
};

/** Lower-case weekday → JavaScript day number (Sunday = 0). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0,
  ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  sabtu: 6,
};

/** Relative date phrases, resolved against the publication date. */
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

/** A month name, possibly abbreviated with a stop (`Sept.`). */
const MONTH = '({month})\\.?';
const WEEKDAY = '({weekday})';
/** Between the two ends of a range: a dash, `hingga`, `sampai`, `s.d.`, `s/d`. */
const TO = '\\s*(?:-|–|—|hingga|sampai|s\\.d\\.?|s/d)\\s*';
const TIME_OF_DAY = '(?:\\s+(?:pagi|siang|sore|malam|dini\\s+hari))?';

/** The date grammar, tried in this order: longer and more explicit forms first. */
export const DATE_RULES: readonly DateRule[] = [
  // 12 September - 17 Oktober 2023
  {
    pattern: `\\b(\\d{1,2})\\s+${MONTH}${TO}(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`,
    yields: { day: 1, month: 2, endDay: 3, endMonth: 4, year: 5, endYear: 5 },
  },
  // 12 - 17 September 2023
  {
    pattern: `\\b(\\d{1,2})${TO}(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`,
    yields: { day: 1, endDay: 2, month: 3, endMonth: 3, year: 4, endYear: 4 },
  },
  // Kamis, 25 April 2019 / 25 April
  {
    pattern: `\\b(?:${WEEKDAY},?\\s+)?(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`,
    yields: { weekday: 1, day: 2, month: 3, year: 4 },
  },
  // Rabu (19/6), Selasa malam (18/6/2024), Sabtu, (7/6/2025)
  {
    pattern: `\\b${WEEKDAY}${TIME_OF_DAY},?\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)`,
    yields: { weekday: 1, day: 2, month: 3, year: 4 },
  },
  // (19/6/2024), 19/06/2024, 2024-06-19
  {
    pattern: '\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)',
    yields: { day: 1, month: 2, year: 3 },
    matchCase: true,
  },
  { pattern: '\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b', yields: { day: 1, month: 2, year: 3 }, matchCase: true },
  { pattern: '\\b(\\d{4})-(\\d{2})-(\\d{2})\\b', yields: { year: 1, month: 2, day: 3 }, matchCase: true },
  // September 2023, bulan Juni
  { pattern: `\\b(?:bulan\\s+)?${MONTH}\\s+(\\d{4})\\b`, yields: { month: 1, year: 2 } },
  {
    pattern: `\\b(?:pada|sejak|bulan|hingga|akhir|awal|pertengahan)\\s+(?:bulan\\s+)?${MONTH}(?=\\s+lalu\\b|[\\s,.;)]|$)`,
    yields: { month: 1 },
  },
  // pada Rabu, Kamis lalu
  { pattern: `\\b(?:pada|hari|sejak|hingga|sampai|setiap)\\s+(?:hari\\s+)?${WEEKDAY}\\b`, yields: { weekday: 1 } },
  // pada 2011, tahun 2000 (as written: `Pada 2011` opening a sentence is left alone)
  {
    pattern:
      '\\b(?:pada|sejak|tahun|hingga|sampai|periode|awal|akhir)\\s+(?:tahun\\s+)?((?:19|20)\\d{2})\\b(?!\\s*[-–]\\s*\\d)',
    yields: { year: 1 },
    matchCase: true,
  },
  // kemarin, pekan lalu, tahun depan
  { pattern: '\\b({relative})\\b', yields: { relative: 1 } },
];

/** Indonesia's time zones, written after a clock time (`18:45 WIB`). */
export const TIME_ZONES: readonly string[] = ['WIB', 'WITA', 'WIT'];
