/**
 * Lines that are page furniture rather than the article: related-article links, paging,
 * follow prompts, section teasers. A heading such as `TERKAIT` or `BERITA LAINNYA` starts a
 * block of teaser headlines that runs to the end of the article or the next blank line.
 */

/** A line matching one of these is boilerplate. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^\s*baca\s+(juga|selengkapnya)\s*[:：-]/i,
  // `Simak juga Video 'Judul …':`, `Lihat juga Video Judul …`: a link to a video, its headline after it.
  /^\s*(lihat|simak|tonton|klik)\s+juga\s*(?:[:：-]|(?:video|foto|galeri|infografis)\b)/i,
  /^\s*halaman\s+(selanjutnya|berikutnya|sebelumnya)\b/i,
  /^\s*(halaman|page)\s+\d+(\s*(dari|of)\s*\d+)?\s*$/i,
  /^\s*cek\s+berita\b/i,
  /^\s*(follow|ikuti)\s+(us|kami)\b/i,
  /^\s*(dapatkan|ikuti)\s+(update|berita)\b/i,
  /^\s*google\s+news\b/i,
  /^\s*advertisement\s*$/i,
  /^\s*(scroll|gulir)\s+(to|untuk)\b/i,
  /^\s*(share|bagikan)\s*[:：]?\s*$/i,
  /^\s*(tags?|tag)\s*[:：]/i,
  /^\s*(foto|photo|video)\s*[:：]/i,
  /^\s*\(?(foto|photo|dok|doc)\.?\s*[:：]/i,
  /^\s*komentar\s*$/i,
];

/** A photo caption closing a line (`(ANTARA FOTO/…)`, `(Foto: …)`). */
export const CAPTION_LINE = /\((?:foto|photo|dok|doc|antara\s+foto|sumber\s+foto)\b[^)]*\)\s*$/i;

/**
 * Words inside a paragraph that lead into another article's headline: a link (`Baca juga:`),
 * or the note of where this one first ran (`Artikel ini telah tayang di Tribunnews.com dengan
 * judul …`, a link in Markdown too).
 */
export const INLINE_TEASER =
  /\b(?:baca|lihat|simak)\s+(?:juga|pula)\s*(?:[:：]|video\b\s*[:：]?)|[*_]*\b(?:artikel|berita)\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\s+di\s+[^\n]{1,300}?\s+dengan\s+judul\b\s*[:：]?/i;

/** Words a headline written in title case keeps in lower case: prepositions and conjunctions. */
export const HEADLINE_LOWER_WORDS: readonly string[] = [
  'di',
  'ke',
  'dari',
  'dan',
  'atau',
  'yang',
  'untuk',
  'pada',
  'dengan',
  'dalam',
  'oleh',
  'tentang',
  'sebagai',
  'bagi',
  'hingga',
  'sampai',
  'serta',
  'karena',
  'soal',
  'atas',
  'usai',
  'saat',
  'jadi',
];

/** Headings after which the rest of the block is a list of other articles' headlines. */
export const TEASER_HEADINGS: readonly RegExp[] = [
  /^\s*(berita\s+)?terkait\s*:?\s*$/i,
  /^\s*berita\s+(lainnya|lain|terkini|terpopuler|populer|pilihan|rekomendasi)\s*:?\s*$/i,
  /^\s*(artikel|baca)\s+(lainnya|terkait|lain)\s*:?\s*$/i,
  /^\s*(rekomendasi|terpopuler|populer|pilihan\s+editor|editor'?s\s+pick|most\s+popular)\s*:?\s*$/i,
];
