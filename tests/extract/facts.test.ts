import { describe, expect, it } from 'vitest';
import { articleFacts, pooledFacts, StringPool } from '../../src/extract/facts.js';
import { extractArticle } from '../../src/extract/index.js';
import { indonesian } from '../../src/lang/id/index.js';

const facts = (text: string) =>
  articleFacts(extractArticle({ id: 'a', file: 'a.txt', text, title: 'Judul' }, indonesian));

describe('facts with pooled strings', () => {
  it('are the same facts, whether fresh or read back from the cache', () => {
    const pool = new StringPool();
    const fresh = facts(
      'Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong Un di Pyongyang pada Rabu (19/6/2024).',
    );
    const cached = JSON.parse(JSON.stringify(fresh));
    expect(fresh.entities.length).toBeGreaterThan(2);
    expect(pooledFacts(fresh, pool)).toEqual(fresh);
    expect(pooledFacts(cached, pool)).toEqual(cached);
  });
});
