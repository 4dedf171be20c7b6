import { describe, expect, it } from 'vitest';
import type { ArticleFacts, EntityFacts } from '../../src/extract/facts.js';
import { resolveShortNames } from '../../src/graph/identity.js';

const entity = (name: string, aliases: string[]): EntityFacts => ({ type: 'Organization', name, aliases, titles: [], mentionCount: 1 });
const article = (...entities: EntityFacts[]) => ({ entities }) as unknown as ArticleFacts;

describe('short names across articles', () => {
  it('joins a short form to the one entity another article wrote with it', () => {
    const articles = [article(entity('Badan Riset Pangan', ['Badan Riset Pangan', 'BRP'])), article(entity('BRP', ['BRP']))];
    const map = resolveShortNames(articles, [['org:badan-riset-pangan'], ['org:brp']]);
    expect(map.get('org:brp')).toBe('org:badan-riset-pangan');
  });

  it('leaves a short form written for two entities alone', () => {
    const articles = [article(entity('Badan Riset Pangan', ['BRP'])), article(entity('Biro Rencana Pusat', ['BRP'])), article(entity('BRP', ['BRP']))];
    const map = resolveShortNames(articles, [['org:badan-riset-pangan'], ['org:biro-rencana-pusat'], ['org:brp']]);
    expect(map.has('org:brp')).toBe(false);
  });
});
