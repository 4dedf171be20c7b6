import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cypherString, schemaStatements } from '../../src/export/cypher.js';

describe('import.cypher', () => {
  it('escapes any text into a single-quoted Cypher string', () => {
    expect(cypherString(`a'b\\c\nd\r\te\u0001f \`g\` }// 😀`)).toBe(`'a\\'b\\\\c\\nd\\r\\te\\u0001f \`g\` }// 😀'`);
  });

  it('uses the same constraints as cypher/schema.cypher', () => {
    const file = readFileSync('cypher/schema.cypher', 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('//'));
    expect(file).toEqual(schemaStatements());
  });
});
