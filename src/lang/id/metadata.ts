/** Datelines, credit and source lines: where the press puts article metadata rather than story text. */
import type { CreditRole } from '../../extract/model.js';

/** Datelines opening the first body line, as the Indonesian press writes them. */
export const DATELINES: readonly RegExp[] = [
  // Pyongyang (ANTARA) -
  /^\s*(?<place>\p{Lu}[\p{L} .'-]{1,40}?)\s*\((?<outlet>[^)]{2,40})\)\s*[-–—:]\s*/u,
  // JAKARTA, KOMPAS.com -
  /^\s*(?<place>\p{Lu}[\p{Lu} .'-]{1,30}),\s*(?<outlet>[\p{L}\p{N}.-]{2,40})\s*[-–—]\s*/u,
  // KONTAN.CO.ID - MOSKOW. / VIVA – / TRIBUN-MEDAN.COM -
  /^\s*(?<outlet>[\p{L}\p{N}-]+\.(?:[cC][oO]\.[iI][dD]|[cC][oO][mM]|[iI][dD]|[nN][eE][tT]|[tT][vV])|\p{Lu}[\p{Lu}\p{N}]{1,15})\s*[-–—]\s*(?:(?<place>\p{Lu}[\p{Lu} ]{2,30})\s*[.,:-]\s+)?/u,
  // PYONGYANG - / Pyongyang:
  /^\s*(?<place>\p{Lu}[\p{Lu} ]{2,30})\s*[-–—]\s+/u,
  /^\s*(?<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\s*:\s+(?=\p{Lu})/u,
];

/** `Editor: …`, `Penerjemah: …` and friends: the label (lower-case) and what it credits. */
export const CREDIT_LABELS: Readonly<Record<string, CreditRole>> = {
  editor: 'editor', redaktur: 'editor', penyunting: 'editor', 'editor bahasa': 'editor',
  penerjemah: 'translator', 'alih bahasa': 'translator',
  pewarta: 'reporter', reporter: 'reporter', wartawan: 'reporter', kontributor: 'reporter', koresponden: 'reporter',
  penulis: 'author', oleh: 'author', author: 'author', writer: 'author',
};

/** `Copyright © ANTARA 2024`, `© 2024 Kompas.com`, `Hak cipta …`. Groups: the rest of the line. */
export const COPYRIGHT_LINE = /^\s*(?:copyright|hak\s+cipta)?\s*(?:©|\(c\)|copyright)\s*(.*)$/i;

/** `Sumber: Sputnik`, `Sumber : VIVA.co.id`. Group 1: the source. */
export const SOURCE_LINE = /^\s*sumber\s*:\s*(.+?)\s*$/i;

/** Words that join the names of a credit line (`Editor: Andi dan Budi`). */
export const NAME_JOINERS: readonly string[] = ['dan'];
