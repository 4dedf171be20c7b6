import { describe, expect, it } from 'vitest';
import { indonesian } from '../../src/lang/id/index.js';
import { parseTaggedConll, type TaggedSentence } from '../../src/ner/conll.js';
import { NerFeatures, wordTokens } from '../../src/ner/features.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { heldOut, isHeldOut, trainNer, TRAINING, withoutHeldOut } from '../../src/ner/train.js';
import { formatWeights, readWeights, type WeightsFile } from '../../src/ner/weights.js';

// A small corpus written for these tests (IOB1, as idner-news-2k writes it: an I- may open a span).
const FIXTURE = parseTaggedConll(`
Menteri X O
Retno I-PER
Marsudi I-PER
tiba X O
di X O
Bandung X B-LOC
. X O

Kantor X O
Badan B-ORG
Pusat I-ORG
Statistik I-ORG
berada X O
di X O
Jakarta B-LOC

Kata X O
Budi B-PER
Santoso I-PER
, X O
harga X O
cabai X O
naik X O
di X O
Surabaya B-LOC
. X O

Universitas B-ORG
Gadjah I-ORG
Mada I-ORG
menerima X O
mahasiswa X O
dari X O
Medan B-LOC

Ia O
pulang O
ke O
Makassar B-LOC
bersama O
Siti B-PER
Nurhaliza I-PER
.
`);

const small = { ...TRAINING, epochs: 5 };

describe('training the NER tagger', () => {
  it('reads gold tags from the last column, a missing one as O', () => {
    expect(FIXTURE).toHaveLength(5);
    expect(FIXTURE[0]).toEqual({
      words: ['Menteri', 'Retno', 'Marsudi', 'tiba', 'di', 'Bandung', '.'],
      tags: ['O', 'I-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'],
    });
    expect(FIXTURE[4].tags.at(-1)).toBe('O');
  });

  it('gives the same bytes on every run, and other bytes with another seed', () => {
    const once = formatWeights(trainNer([FIXTURE], indonesian, small));
    const again = formatWeights(trainNer([FIXTURE], indonesian, small));
    expect(again).toBe(once);
    expect(formatWeights(trainNer([FIXTURE, FIXTURE], indonesian, { ...small, seed: small.seed + 1 }))).not.toBe(once);
  });

  it('writes weights that read back to the same weights', () => {
    const text = formatWeights(trainNer([FIXTURE], indonesian, small));
    expect(formatWeights(readWeights(JSON.parse(text) as WeightsFile))).toBe(text);
    expect(() => readWeights({ ...(JSON.parse(text) as WeightsFile), tags: ['O', 'B-PER'] })).toThrow(/tags/);
    expect(() => readWeights({ ...(JSON.parse(text) as WeightsFile), format: 'other/2' })).toThrow(/format/);
  });

  it('learns its training sentences', () => {
    const tagger = new NerTagger(new NerFeatures(indonesian), trainNer([FIXTURE], indonesian, small));
    const expected: Record<number, string[]> = {
      0: ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'],
      1: ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-LOC'],
    };
    for (const [i, tags] of Object.entries(expected))
      expect(tagger.tag(wordTokens(FIXTURE[Number(i)].words))).toEqual(tags);
  });

  it('holds out every tenth sentence, the same ones every time', () => {
    const corpus: TaggedSentence[] = Array.from({ length: 25 }, (_, i) => ({ words: [`w${i}`], tags: ['O'] }));
    expect(heldOut(corpus).map((s) => s.words[0])).toEqual(['w9', 'w19']);
    expect(withoutHeldOut(corpus)).toHaveLength(23);
    expect([0, 8, 9, 10, 19].map(isHeldOut)).toEqual([false, false, true, false, true]);
  });
});
