/** Datelines, credit and source lines: where the press puts article metadata rather than story text. */
import type { CreditRole } from '../../extract/model.js';

/** Markdown emphasis around a dateline (`**JAKARTA, KOMPAS.com** -`). */
const EM = '(?:\\*\\*|__)?';
/** Spaces within a line (a scraped page keeps no-break spaces). */
const SP = '[ \\t\\u00a0]*';
/** The dash that ends a dateline, single, doubled or spaced (`-`, `--`, `–`, `- -`), emphasis around it. */
const DASH = `${EM}${SP}(?:--?|[–—−])(?:${SP}(?:--?|[–—]))?${SP}${EM}`;
/** A place name of up to four words (`Bandar Lampung`, `DUREN SAWIT`). */
const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:[ \\t\\u00a0]+\\p{Lu}[\\p{L}.'’-]*){0,3}";
/** An outlet's name or domain, of up to three words (`KOMPAS.com`, `CNN Indonesia`). */
const OUTLET = '[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*(?:[ \\t\\u00a0]+\\p{Lu}[\\p{L}\\p{N}.]*){0,2}';
/** A web domain (`Liputan6.com`). */
const DOMAIN =
  '[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:[cC][oO]\\.[iI][dD]|[cC][oO][mM]|[iI][dD]|[nN][eE][tT]|[tT][vV]|[cC][oO])';
const at = (source: string) => new RegExp(`^${SP}${EM}${SP}${source}`, 'u');

/**
 * Datelines opening the story, as the Indonesian press writes them, with `place` and `outlet`
 * groups; tried in order. A dateline may break across lines where a scraper broke it
 * (`Metro (⏎Lampost.co⏎) —`), so a pattern sees the text from the line on.
 */
export const DATELINES: readonly RegExp[] = [
  // Pyongyang (ANTARA) - / Jakarta ( ANTARA News ) - / JAKARTA ( Pos Kota ) – / Menggala (Lampost.co)–
  at(`(?<place>${PLACE})${SP}\\(\\s*(?<outlet>[^()\\s][^()\\n]{0,38}?)\\s*\\)${SP}\\s*${DASH}`),
  // JAKARTA, KOMPAS.com - / **DENPASAR, KOMPAS.com** -- / Jakarta , CNN Indonesia - - / Jakarta,CNBC Indonesia-
  at(`(?<place>${PLACE})${SP},${SP}(?<outlet>${OUTLET})${SP}\\s*${DASH}`),
  // TEMPO.CO, Jakarta - / REPUBLIKA.CO.ID, X -- / Posmetro.co.id,INDRAMAYU — / SURYA.co.id | SURABAYA - / Liputan6.com, Washington, DC -
  at(`(?<outlet>${OUTLET})${SP}[,|]${SP}(?<place>${PLACE}(?:,${SP}\\p{Lu}{2}(?![\\p{L}\\p{N}.]))?)${SP}${DASH}`),
  // KONTAN.CO.ID - MOSKOW. / VIVA – / Merdeka.com - / **KOMPAS.com** - / TRIBUNNEWS.COM-
  at(`(?<outlet>${OUTLET})${SP}\\s*${DASH}(?:${SP}(?<place>\\p{Lu}[\\p{Lu} ]{2,30}?)${SP}[.,:](?=\\s))?`),
  // Liputan6.com, Jakarta… where the scraper lost the dash: the domain and its comma.
  at(`(?<outlet>${DOMAIN}),${SP}`),
  // PYONGYANG - / LOS ANGELES– / Pyongyang:
  at('(?<place>\\p{Lu}[\\p{Lu} ]{2,30}?)[ \\t]*(?:--?|[–—])[ \\t]*(?=\\S)'),
  at('(?<place>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)[ \\t]*:[ \\t]+(?=\\p{Lu})'),
];

/**
 * Lines that name the outlet at the foot of a page (`Ikuti media sosial medcom.id …`,
 * `Artikel ini telah tayang di Tribunnews.com …`): an `outlet` group, a name or a domain.
 */
export const OUTLET_FOOTERS: readonly RegExp[] = [
  /^\s*ikuti\s+(?:media\s+sosial|berita|kanal|kami\s+di|akun)\s+(?<outlet>[\p{L}\p{N}][\p{L}\p{N}.-]*\.[\p{L}]{2,})/iu,
  /^\s*(?:artikel|berita)\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\s+di\s+(?<outlet>[\p{L}\p{N}][\p{L}\p{N}.-]*\.[\p{L}]{2,})/iu,
  /^\s*(?:baca|simak|dapatkan)\s+(?:berita|artikel|update\s+berita)\b.{0,60}?\b(?:dari|di)\s+(?<outlet>[\p{L}\p{N}][\p{L}\p{N}-]*\.(?:com|co\.id|id))\b/iu,
];

/** `Editor: …`, `Penerjemah: …` and friends: the label (lower-case) and what it credits. */
export const CREDIT_LABELS: Readonly<Record<string, CreditRole>> = {
  editor: 'editor',
  redaktur: 'editor',
  penyunting: 'editor',
  'editor bahasa': 'editor',
  penerjemah: 'translator',
  'alih bahasa': 'translator',
  pewarta: 'reporter',
  reporter: 'reporter',
  wartawan: 'reporter',
  kontributor: 'reporter',
  koresponden: 'reporter',
  penulis: 'author',
  oleh: 'author',
  author: 'author',
  writer: 'author',
};

/** `Copyright © ANTARA 2024`, `© 2024 Kompas.com`, `Hak cipta …`. Groups: the rest of the line. */
export const COPYRIGHT_LINE = /^\s*(?:copyright|hak\s+cipta)?\s*(?:©|\(c\)|copyright)\s*(.*)$/i;

/** `Sumber: Sputnik`, `Sumber : VIVA.co.id`. Group 1: the source. */
export const SOURCE_LINE = /^\s*sumber\s*:\s*(.+?)\s*$/i;

/** `Laporan Wartawan Tribunnews.com, A dan B`: the Tribun network's reporter line, outlet first. */
export const CREDIT_LINES: readonly RegExp[] = [
  /^\s*laporan\s+(?<label>wartawan|reporter|koresponden|kontributor)\s+(?<outlet>[\p{L}\p{N}][\p{L}\p{N} .-]{1,40}?)\s*,\s*(?<names>\p{Lu}.*?)\s*$/iu,
];

/** Words that join the names of a credit line (`Editor: Andi dan Budi`). */
export const NAME_JOINERS: readonly string[] = ['dan'];
