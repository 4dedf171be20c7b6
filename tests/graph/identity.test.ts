import { describe, expect, it } from 'vitest';
import type { ArticleFacts, EntityFacts } from '../../src/extract/facts.js';
import { resolveShortNames, resolveShortPersons } from '../../src/graph/identity.js';
import { lexiconOf } from '../../src/extract/lexicon.js';
import { indonesian } from '../../src/lang/id/index.js';

const lex = lexiconOf(indonesian);

const entity = (name: string, aliases: string[]): EntityFacts => ({
  type: 'Organization',
  name,
  aliases,
  titles: [],
  mentionCount: 1,
});
const article = (...entities: EntityFacts[]) => ({ entities }) as unknown as ArticleFacts;

describe('short names across articles', () => {
  it('joins a short form to the one entity another article wrote with it', () => {
    const articles = [
      article(entity('Badan Riset Pangan', ['Badan Riset Pangan', 'BRP'])),
      article(entity('BRP', ['BRP'])),
    ];
    const map = resolveShortNames(articles, [['org:badan-riset-pangan'], ['org:brp']], lex);
    expect(map.get('org:brp')).toBe('org:badan-riset-pangan');
  });

  it('leaves a short form written for two entities alone', () => {
    const articles = [
      article(entity('Badan Riset Pangan', ['BRP'])),
      article(entity('Biro Rencana Pusat', ['BRP'])),
      article(entity('BRP', ['BRP'])),
    ];
    const map = resolveShortNames(articles, [['org:badan-riset-pangan'], ['org:biro-rencana-pusat'], ['org:brp']], lex);
    expect(map.has('org:brp')).toBe(false);
  });

  it('joins a company written with `PT` to the one entity another article wrote without it', () => {
    const articles = [
      article(entity('PT Surya Pangan Abadi', ['PT Surya Pangan Abadi', 'SPA'])),
      article(entity('PT SPA', ['PT SPA'])),
    ];
    const map = resolveShortNames(articles, [['org:pt-surya-pangan-abadi'], ['org:pt-spa']], lex);
    expect(map.get('org:pt-spa')).toBe('org:pt-surya-pangan-abadi');
  });
});

describe('short person names across articles', () => {
  it('joins a name ending in the initials of the rest of one full name to it, and leaves other initials alone', () => {
    const map = resolveShortPersons(['person:gilang-rasyid-mahendra', 'person:gilang-rm', 'person:gilang-rs']);
    expect(map.get('person:gilang-rm')).toBe('person:gilang-rasyid-mahendra');
    expect(map.has('person:gilang-rs')).toBe(false);
  });
});
