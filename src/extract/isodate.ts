/** Partial ISO dates (`2024`, `2024-06`, `2024-06-19`) as day intervals, for comparing events. */

const DAY = 86400000;

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
export function datesMeet(a: { date?: string; endDate?: string }, b: { date?: string; endDate?: string }, slackDays: number): boolean {
  if (!a.date || !b.date) return true;
  const [as, ae] = interval(a.date, a.endDate);
  const [bs, be] = interval(b.date, b.endDate);
  return as <= be + slackDays * DAY && bs <= ae + slackDays * DAY;
}
