/**
 * Indonesia's provinces' regencies and cities (kabupaten, kota) from `idn-area-data`, the
 * official administrative list, as gazetteer rows. Names that are also ordinary words or
 * given names (`Batu`, `Bima`) are left out: a capitalised `Batu` starts a sentence more
 * often than it names a city.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface AreaRow {
  readonly name: string;
  readonly kind: 'city' | 'region';
}

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

export function indonesianRegencies(isOrdinary: (word: string) => boolean): AreaRow[] {
  const require = createRequire(import.meta.url);
  const csv = readFileSync(
    join(dirname(require.resolve('idn-area-data/package.json')), 'data', 'regencies.csv'),
    'utf8',
  );
  const rows: AreaRow[] = [];
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const raw = line.split(',').slice(2).join(',').trim();
    const m = /^(KABUPATEN|KOTA)(?: ADMINISTRASI)? (.+)$/.exec(raw);
    if (!m) continue;
    const name = titleCase(m[2]);
    if (name.split(' ').length === 1 && isOrdinary(name.toLowerCase())) continue;
    rows.push({ name, kind: m[1] === 'KOTA' ? 'city' : 'region' });
  }
  return rows;
}
