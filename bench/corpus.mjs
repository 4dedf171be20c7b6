// Generated corpora for the benchmarks: articles of about 2 KB made by recombining sentences
// of seeds/ and of the idner-news-2k train split, with varied titles, outlets, datelines and
// dates. Written once (same seed, same files) into bench/.corpus/<size>/, which git ignores.
// Needs the built package (npm run build).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom as random } from '../dist/graph/random.js';
import { SHELF } from './shelf.mjs';

const TRAIN = join(SHELF, 'benchmarks', 'idner-news-2k', 'train.txt');
const OUTLETS = [
  'ANTARA',
  'Kompas.com',
  'Tempo.co',
  'detikcom',
  'KONTAN.CO.ID',
  'CNN Indonesia',
  'Republika',
  'VIVA',
  'Medcom.id',
  'Liputan6.com',
];
const CITIES = [
  'Jakarta',
  'Surabaya',
  'Medan',
  'Bandung',
  'Makassar',
  'Moskow',
  'Pyongyang',
  'Seoul',
  'Beijing',
  'Tokyo',
  'Denpasar',
  'Yogyakarta',
];
const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const CORPUS_ROOT = join('bench', '.corpus');

/** CoNLL tokens back into running text: no space before closing punctuation or after opening. */
function detokenize(tokens) {
  let out = '';
  for (const t of tokens) {
    if (!out || /^[.,:;!?)\]%]$/.test(t) || /[(\[]$/.test(out)) out += t;
    else out += ` ${t}`;
  }
  return out;
}

function sentencePool() {
  const pool = [];
  if (existsSync(TRAIN)) {
    for (const block of readFileSync(TRAIN, 'utf8').split(/\n\s*\n/)) {
      const tokens = block
        .split('\n')
        .map((l) => l.split(' ')[0])
        .filter(Boolean);
      if (tokens.length >= 6) pool.push(detokenize(tokens));
    }
  }
  for (const f of readdirSync('seeds').sort()) {
    const paragraphs = readFileSync(join('seeds', f), 'utf8')
      .split(/\n\s*\n/)
      .slice(1);
    for (const p of paragraphs)
      for (const s of p.split(/(?<=[.!?])\s+(?=[A-Z"“])/))
        if (s.length > 40 && !/^Baca juga/.test(s)) pool.push(s.trim());
  }
  return pool;
}

function article(rnd, pool, i) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const year = 2015 + Math.floor(rnd() * 10);
  const month = Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const weekday = DAYS[new Date(Date.UTC(year, month, day)).getUTCDay()];
  const outlet = pick(OUTLETS);
  const first = pick(pool);
  const title = first
    .split(/[,:;]/)[0]
    .split(' ')
    .slice(0, 9)
    .join(' ')
    .replace(/[.!?]$/, '');
  const lines = [
    `${title} (${i})`,
    '',
    `${pick(CITIES)} (${outlet}) - Pada ${weekday} (${day}/${month + 1}/${year}), ${first}`,
  ];
  let size = lines.join('\n').length;
  while (size < 1900) {
    const paragraph = [pick(pool), pick(pool)].join(' ');
    lines.push('', paragraph);
    size += paragraph.length + 2;
  }
  lines.push(
    '',
    `Editor: ${pick(['Andi', 'Budi', 'Citra', 'Dewi', 'Eko'])} ${pick(['Santoso', 'Wibowo', 'Lestari', 'Hidayat'])}`,
  );
  lines.push(`Copyright © ${outlet} ${year}`);
  return `${lines.join('\n')}\n`;
}

/** The folder of `size` articles, written on first use. */
export function corpus(size) {
  const dir = join(CORPUS_ROOT, String(size));
  if (existsSync(join(dir, '.complete'))) return dir;
  const pool = sentencePool();
  const rnd = random(size);
  // Test files run in parallel and may ask for the same corpus: each writes its own copy.
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  // Hundreds of files per folder, as an archive would be kept.
  for (let i = 0; i < size; i++) {
    const sub = join(tmp, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}.txt`), article(rnd, pool, i));
  }
  writeFileSync(join(tmp, '.complete'), '');
  // Same size, same seed, same files: whichever copy lands first is kept.
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(tmp, dir);
    } catch (e) {
      if (!existsSync(join(dir, '.complete'))) throw e;
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const n of process.argv.slice(2)) console.log(corpus(Number(n)));
