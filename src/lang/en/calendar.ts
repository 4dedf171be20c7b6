/** Month and weekday names as English news writes them, and the date grammar. */
import type { DateRule, RelativeDatePhrase } from '../../extract/model.js';

/** Lower-case month name or abbreviation → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Lower-case weekday → JavaScript day number (Sunday = 0). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const RELATIVE_DATES: readonly RelativeDatePhrase[] = [
  { phrase: 'today', unit: 'day', offset: 0 },
  { phrase: 'yesterday', unit: 'day', offset: -1 },
  { phrase: 'tomorrow', unit: 'day', offset: 1 },
  { phrase: 'last week', unit: 'week', offset: -1 },
  { phrase: 'next week', unit: 'week', offset: 1 },
  { phrase: 'last month', unit: 'month', offset: -1 },
  { phrase: 'this month', unit: 'month', offset: 0 },
  { phrase: 'next month', unit: 'month', offset: 1 },
  { phrase: 'last year', unit: 'year', offset: -1 },
  { phrase: 'this year', unit: 'year', offset: 0 },
  { phrase: 'next year', unit: 'year', offset: 1 },
];

const MONTH = '({month})\\.?';
const WEEKDAY = '({weekday})';

/** The date grammar, tried in this order: longer and more explicit forms first. */
export const DATE_RULES: readonly DateRule[] = [
  // June 12-17, 2023
  {
    pattern: `\\b${MONTH}\\s+(\\d{1,2})\\s*(?:-|–|to|through)\\s*(\\d{1,2}),?(?:\\s+(\\d{4}))?\\b`,
    yields: { month: 1, day: 2, endMonth: 1, endDay: 3, year: 4, endYear: 4 },
  },
  // Tuesday, June 18, 2024 / June 18
  {
    pattern: `\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
    yields: { weekday: 1, month: 2, day: 3, year: 4 },
  },
  // 18 June 2024
  { pattern: `\\b(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`, yields: { day: 1, month: 2, year: 3 } },
  { pattern: '\\b(\\d{4})-(\\d{2})-(\\d{2})\\b', yields: { year: 1, month: 2, day: 3 }, matchCase: true },
  // June 2024
  { pattern: `\\b${MONTH}\\s+(\\d{4})\\b`, yields: { month: 1, year: 2 } },
  // on Tuesday
  { pattern: `\\b(?:on|since|until|last|every)\\s+${WEEKDAY}\\b`, yields: { weekday: 1 } },
  // in 2011
  { pattern: '\\b(?:in|since|until|by)\\s+((?:19|20)\\d{2})\\b', yields: { year: 1 } },
  // yesterday, last week
  { pattern: '\\b({relative})\\b', yields: { relative: 1 } },
];

export const TIME_ZONES: readonly string[] = ['GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'BST'];
