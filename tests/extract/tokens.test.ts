import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseTrie, PrecedingPhrases, tokenize } from '../../src/extract/tokens.js';

// The pattern the hand-written scanner stands for: it must find the same tokens.
const TOKEN = /[\p{L}\p{N}]+(?:[-‐'’.][\p{L}\p{N}]+)*|\S/gu;
const byPattern = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m[0], m.index!]);
const byScanner = (text: string) => tokenize(text).map((t) => [t.text, t.start]);

// Characters where the scanner takes a branch of its own: joiners, spaces of every kind,
// surrogate pairs and lone halves, letters and digits of other scripts.
const tricky = [
  '-',
  '‐',
  "'",
  '’',
  '.',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '\u2028',
  '\u0085',
  '\u180e',
  '😀',
  '𝐀',
  '\ud835',
  '\udc00',
  'é',
  'ß',
  'Ж',
  '中',
  '٣',
  'Ⅻ',
  '²',
  'a',
  'Z',
  '7',
  '_',
  ',',
  '(',
  '"',
  '“',
  'İ',
  'ǅ',
];
const texts = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(fc.constantFrom(...tricky), { maxLength: 60 }).map((cs) => cs.join('')),
);

// What a token's flags mean, written plainly: the scanner works them out as it goes.
const flagsOf = (t: string) => {
  const isWord = /^[\p{L}\p{N}]/u.test(t);
  const lower = t.toLowerCase();
  return {
    lower,
    isWord,
    capitalised: isWord && /^\p{Lu}/u.test(t) && !/\d/.test(t),
    allCaps: isWord && lower !== t && t.toUpperCase() === t && (t.match(/\p{L}/gu)?.length ?? 0) >= 2,
  };
};
// Words of cased letters, ASCII and not, with digits and joiners among them.
const casedTexts = fc
  .array(
    fc.constantFrom('a', 'B', 'k', 'Z', '1', '-', '.', "'", ' ', 'É', 'é', 'ß', 'İ', 'ǅ', 'ﬀ', 'Ж', '٣', '中', 'K'),
    { maxLength: 40 },
  )
  .map((cs) => cs.join(''));

describe('tokenize', () => {
  it('finds what the word-or-character pattern finds, on any text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the case of each token as its definition says, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(texts, casedTexts), (text) => {
        for (const t of tokenize(text))
          expect({ lower: t.lower, isWord: t.isWord, capitalised: t.capitalised, allCaps: t.allCaps }, t.text).toEqual(
            flagsOf(t.text),
          );
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps inner joiners, and reads cases and words', () => {
    const tokens = tokenize('Kim Jong-un, Ma’ruf dan KPK di Kontan.co.id 😀 Rp100.', 10);
    expect(tokens.map((t) => t.text)).toEqual([
      'Kim',
      'Jong-un',
      ',',
      'Ma’ruf',
      'dan',
      'KPK',
      'di',
      'Kontan.co.id',
      '😀',
      'Rp100',
      '.',
    ]);
    expect(tokens[0]).toMatchObject({
      start: 10,
      end: 13,
      lower: 'kim',
      isWord: true,
      capitalised: true,
      allCaps: false,
    });
    expect(tokens[5]).toMatchObject({ allCaps: true, capitalised: true });
    expect(tokens[8]).toMatchObject({ isWord: false, capitalised: false });
    expect(tokens[9]).toMatchObject({ isWord: true, capitalised: false });
  });
});

describe('phrase tables', () => {
  it('find phrases whose first or last word starts or ends beyond ASCII or runs long, as well as short ones', () => {
    const long = 'a'.repeat(40);
    const trie = new PhraseTrie<string>();
    for (const p of ['Presiden', 'Menteri Luar Negeri', 'Ёлка', long, 'é', 'kafé', 'ébola']) trie.add(p, p);
    const at = (text: string) => trie.longest(tokenize(text), 0)?.values;
    expect(at('menteri luar negeri Rusia')).toEqual(['Menteri Luar Negeri']);
    expect(at('ёлка')).toEqual(['Ёлка']);
    expect(at(long)).toEqual([long]);
    expect(at('é')).toEqual(['é']);
    expect(at('Kafé ini')).toEqual(['kafé']);
    expect(at('ÉBOLA')).toEqual(['ébola']);
    expect(at('presidennya')).toBeUndefined();
    expect(at('menteri')).toBeUndefined();
    const cues = new PrecedingPhrases([
      ['kantor berita', 'media'],
      ['ёлка', 'x'],
      [long, 'long'],
    ]);
    expect(cues.before(tokenize('kantor berita TASS'), 2)?.value).toBe('media');
    expect(cues.before(tokenize('ёлка X'), 1)?.value).toBe('x');
    expect(cues.before(tokenize(`${long} X`), 1)?.value).toBe('long');
    expect(cues.before(tokenize('berita TASS'), 1)).toBeUndefined();
  });
});
