import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.js';
import { indonesian } from '../../src/lang/id/index.js';
import weightsFile from '../../src/lang/id/ner-weights.json' with { type: 'json' };
import { NerFeatures, shapeOf, wordTokens } from '../../src/ner/features.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { mayFollow, START, TAG_COUNT, TAGS } from '../../src/ner/tags.js';
import { viterbi } from '../../src/ner/viterbi.js';
import { readWeights } from '../../src/ner/weights.js';

const weights = readWeights(weightsFile);
const features = new NerFeatures(indonesian);
const tagger = new NerTagger(features, weights);
const tagged = (text: string) => {
  const tokens = tokenize(text);
  const tags = tagger.tag(tokens);
  return tokens.map((t, i) => (tags[i] === 'O' ? t.text : `${t.text}/${tags[i]}`)).join(' ');
};

/** Each token's scores as the plain sum of its features' weights. */
function directEmissions(tokens: ReturnType<typeof tokenize>): Float64Array {
  const direct = new Float64Array(tokens.length * TAG_COUNT);
  features.sentenceFeatures(tokens).forEach((fs, i) => {
    for (const f of fs)
      weights.features.get(f)?.forEach((w, t) => {
        direct[i * TAG_COUNT + t] += w;
      });
  });
  return direct;
}

describe('the NER tagger with the shipped weights', () => {
  // Sentences written for these tests, in the style of Indonesian news.
  it('tags people, places and organisations in news sentences', () => {
    expect(tagged('Menteri Luar Negeri Sugiono bertemu dengan Sergei Lavrov di Moskow pada Senin.')).toBe(
      'Menteri Luar Negeri Sugiono/B-PER bertemu dengan Sergei/B-PER Lavrov/I-PER di Moskow/B-LOC pada Senin .',
    );
    expect(tagged('Gubernur Jawa Barat Dedi Mulyadi meninjau banjir di Kabupaten Bekasi.')).toBe(
      'Gubernur Jawa/B-LOC Barat/I-LOC Dedi/B-PER Mulyadi/I-PER meninjau banjir di Kabupaten/B-LOC Bekasi/I-LOC .',
    );
    expect(tagged('Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat PT Timah Tbk di Jakarta.')).toBe(
      'Komisi/B-ORG Pemberantasan/I-ORG Korupsi/I-ORG ( KPK/B-ORG ) memeriksa pejabat PT/B-ORG Timah/I-ORG Tbk/I-ORG di Jakarta/B-LOC .',
    );
    expect(tagged('Presiden Prabowo Subianto menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka.')).toBe(
      'Presiden Prabowo/B-PER Subianto/I-PER menerima Perdana Menteri Malaysia/B-LOC Anwar/B-PER Ibrahim/I-PER di Istana/B-LOC Merdeka/I-LOC .',
    );
  });

  it('leaves a sentence without names untagged, and an empty one empty', () => {
    expect(tagged('Harga beras naik tajam pekan ini, kata petani.')).toBe(
      'Harga beras naik tajam pekan ini , kata petani .',
    );
    expect(tagger.tag([])).toEqual([]);
  });

  it("scores each token exactly as the sum of its features' weights (the word cache changes nothing)", () => {
    const sentences = [
      'Wakil Presiden Gibran Rakabuming Raka tiba di Bandara Internasional Soekarno-Hatta, Tangerang.',
      'Di Surabaya, Badan Pusat Statistik mencatat inflasi 2,5 persen.',
      'Sugiono Sugiono Sugiono',
    ];
    for (const text of sentences) {
      const tokens = tokenize(text);
      expect(tagger.emissions(tokens)).toEqual(directEmissions(tokens));
      // Again, from the cache.
      expect(tagger.emissions(tokens)).toEqual(directEmissions(tokens));
    }
  });

  it('scores any run of words, capitals, known names and marks as the sum of its features', () => {
    // Made-up words and known ones, in every case, and marks whose shape is a mark itself (`<`).
    const words = [
      'Budi',
      'Santoso',
      'di',
      'Jakarta',
      'KPK',
      'Kementerian',
      'Luar',
      'Negeri',
      'menteri',
      'G20',
      'Jong-un',
      'Émile',
      ',',
      '.',
      '(',
      '<',
      '>',
      '2024',
      'kata',
      'Presiden',
      'PT',
      'Tbk',
      'Amerika',
      'Serikat',
    ];
    const fresh = new NerTagger(features, weights);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (picked) => {
        const tokens = tokenize(picked.join(' '));
        expect(fresh.emissions(tokens)).toEqual(directEmissions(tokens));
      }),
    );
  });

  it('tags a span read in its window as it tags it in the whole sentence, however long the run of capitals around it', () => {
    const tokens = tokenize('Kemarin Gubernur Negara Bagian California Gavin Newsom mendesak Trump agar mundur.');
    const whole = tagger.tag(tokens);
    const at = tokens.findIndex((t) => t.text === 'Gavin');
    expect(tagger.tagSpan(tokens, at, at + 2)).toEqual(whole.slice(at, at + 2));
    expect(whole.slice(at, at + 2)).toEqual(['B-PER', 'I-PER']);
  });

  it('reads words already split as one token each', () => {
    const tokens = wordTokens(['Kontan.co.id', '(SBY)', ',', 'Jakarta']);
    expect(tokens.map((t) => [t.text, t.isWord, t.capitalised])).toEqual([
      ['Kontan.co.id', true, true],
      ['(SBY)', false, false],
      [',', false, false],
      ['Jakarta', true, true],
    ]);
  });
});

describe('word shapes', () => {
  it('writes each run of a character class once', () => {
    expect(['Jakarta', 'KPK', 'G20', 'Jong-un', "Ma'ruf", '2024', 'Émile', 'ß', ''].map(shapeOf)).toEqual([
      'Xx',
      'X',
      'Xd',
      'Xx-x',
      "Xx'x",
      'd',
      'Xx',
      'x',
      '',
    ]);
  });
});

describe('Viterbi decoding', () => {
  it('never opens a span with I- nor continues one of another type, whatever the scores', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: -50, max: 50 }), {
          minLength: 12 * TAG_COUNT + (TAG_COUNT + 1) * TAG_COUNT,
          maxLength: 12 * TAG_COUNT + (TAG_COUNT + 1) * TAG_COUNT,
        }),
        (n, scores) => {
          const emissions = Float64Array.from(scores.slice(0, n * TAG_COUNT));
          const transitions = Float64Array.from(scores.slice(12 * TAG_COUNT));
          const best = viterbi(emissions, transitions, n);
          best.forEach((t, i) =>
            expect(
              mayFollow(i ? best[i - 1] : START, t),
              `${TAGS[i ? best[i - 1] : START] ?? 'start'} → ${TAGS[t]}`,
            ).toBe(true),
          );
        },
      ),
    );
  });

  it('finds the best allowed sequence (checked against every sequence of three tokens)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), {
          minLength: 3 * TAG_COUNT + (TAG_COUNT + 1) * TAG_COUNT,
          maxLength: 3 * TAG_COUNT + (TAG_COUNT + 1) * TAG_COUNT,
        }),
        (scores) => {
          const emissions = Float64Array.from(scores.slice(0, 3 * TAG_COUNT));
          const transitions = Float64Array.from(scores.slice(3 * TAG_COUNT));
          const total = (seq: number[]) =>
            seq.reduce(
              (s, t, i) => s + emissions[i * TAG_COUNT + t] + transitions[(i ? seq[i - 1] : START) * TAG_COUNT + t],
              0,
            );
          let best = -Infinity;
          for (let a = 0; a < TAG_COUNT; a++)
            for (let b = 0; b < TAG_COUNT; b++)
              for (let c = 0; c < TAG_COUNT; c++) {
                if (mayFollow(START, a) && mayFollow(a, b) && mayFollow(b, c)) best = Math.max(best, total([a, b, c]));
              }
          expect(total([...viterbi(emissions, transitions, 3)])).toBe(best);
        },
      ),
    );
  });
});
