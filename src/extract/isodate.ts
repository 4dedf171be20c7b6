/** Partial ISO dates (`2024`, `2024-06`, `2024-06-19`) as day intervals, for comparing events. */

/** One day in milliseconds. */
export const DAY = 86400000;

/** The days a partial date covers, from its first to its last day (UTC milliseconds). */
export function interval(date: string, endDate?: string): [number, number] {
  return [bound(date, false), bound(endDate ?? date, true)];
}

function bound(s: string, end: boolean): number {
  const [y, m, d] = s.split('-').map(Number);
  if (d) return Date.UTC(y, m - 1, d);
  if (m) return end ? Date.UTC(y, m, 1) - DAY : Date.UTC(y, m - 1, 1);
  return end ? Date.UTC(y + 1, 0, 1) - DAY : Date.UTC(y, 0, 1);
}

/** Whether two dated spans overlap, allowing `slackDays` between them. */
export function datesMeet(
  a: { date?: string; endDate?: string },
  b: { date?: string; endDate?: string },
  slackDays: number,
): boolean {
  if (!a.date || !b.date) return true;
  const [as, ae] = interval(a.date, a.endDate);
  const [bs, be] = interval(b.date, b.endDate);
  return as <= be + slackDays * DAY && bs <= ae + slackDays * DAY;
}

/**
 * The span two reports of one event cover together: the earliest start, preferring the
 * finer date when one contains the other (`2023-09-13` over `2023-09`), and the latest end.
 */
export function unionSpan(
  a: { date?: string; endDate?: string },
  b: { date?: string; endDate?: string },
): { date?: string; endDate?: string } {
  const starts = [a.date, b.date].filter((d): d is string => !!d);
  if (!starts.length) return {};
  const date = starts
    .sort((x, y) => interval(x)[0] - interval(y)[0] || y.length - x.length)
    .reduce((best, d) => (d.startsWith(best) && d.length > best.length ? d : best));
  // A coarser date that only contains the start (`2023-09` around `2023-09-13`) does not extend it.
  const ends = [a.endDate ?? a.date, b.endDate ?? b.date].filter((d): d is string => !!d && d.length >= date.length);
  const end = ends.sort((x, y) => interval(y)[1] - interval(x)[1] || y.length - x.length)[0];
  return end && interval(end)[1] > interval(date)[1] ? { date, endDate: end } : { date };
}
