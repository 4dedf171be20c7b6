/** Credit and source lines that carry article metadata rather than story text. */

/** `Editor: …`, `Penerjemah: …` and friends: the label (lower-case) and what it credits. */
export const CREDIT_LABELS: Readonly<Record<string, 'author' | 'editor' | 'translator' | 'reporter'>> = {
  editor: 'editor', redaktur: 'editor', penyunting: 'editor', 'editor bahasa': 'editor',
  penerjemah: 'translator', 'alih bahasa': 'translator',
  pewarta: 'reporter', reporter: 'reporter', wartawan: 'reporter', kontributor: 'reporter', koresponden: 'reporter',
  penulis: 'author', oleh: 'author', author: 'author', writer: 'author',
};

/** `Copyright © ANTARA 2024`, `© 2024 Kompas.com`, `Hak cipta …`. Groups: the rest of the line. */
export const COPYRIGHT_LINE = /^\s*(?:copyright|hak\s+cipta)?\s*(?:©|\(c\)|copyright)\s*(.*)$/i;

/** `Sumber: Sputnik`, `Sumber : VIVA.co.id`. Group 1: the source. */
export const SOURCE_LINE = /^\s*sumber\s*:\s*(.+?)\s*$/i;
