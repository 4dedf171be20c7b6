import { describe, expect, it } from 'vitest';
import { bindParams, parseNamedQuery } from '../../src/neo4j/library.js';
import { formatResult } from '../../src/neo4j/format.js';

describe('named queries', () => {
  const query = parseNamedQuery(
    'x',
    '// What it answers.\n// @param date = "2024": a date\n// @param limit = 10: how many\nMATCH (n) RETURN n LIMIT $limit\n',
  );

  it('reads the description, parameters with defaults, and the Cypher', () => {
    expect(query.description).toBe('What it answers.');
    expect(query.params).toEqual([
      { name: 'date', description: 'a date', default: '2024' },
      { name: 'limit', description: 'how many', default: 10 },
    ]);
    expect(query.cypher).toBe('MATCH (n) RETURN n LIMIT $limit');
  });

  it('binds --param values over the defaults, keeping string parameters strings', () => {
    expect(bindParams(query, ['date=2019', 'limit=3'])).toEqual({ date: '2019', limit: 3 });
    expect(() => bindParams(query, ['nonsense'])).toThrow(/name=value/);
  });

  it('refuses a parameter the query does not have, listing those it has', () => {
    expect(() => bindParams(query, ['limt=3'])).toThrow('query x has no parameter "limt"; its parameters: date, limit');
    expect(() => bindParams({ name: 'y', params: [], cypher: 'RETURN 1' }, ['a=1'])).toThrow(
      'query y has no parameter "a"; it takes none',
    );
  });

  it('takes for ad-hoc Cypher the parameters its text uses', () => {
    const adHoc = { cypher: 'MATCH (p:Person) WHERE p.label CONTAINS $name RETURN p LIMIT $`the limit`' };
    expect(bindParams(adHoc, ['name=Kim', 'the limit=2'])).toEqual({ name: 'Kim', 'the limit': 2 });
    expect(() => bindParams(adHoc, ['nmae=Kim'])).toThrow(
      'the query has no parameter "nmae"; its parameters: name, the limit',
    );
  });
});

describe('result formats', () => {
  const result = { keys: ['name', 'aliases'], rows: [{ name: 'Kim "KJU", Jong Un', aliases: ['Kim', 'Kim Jong-un'] }] };
  it('writes RFC 4180 CSV, JSON and an aligned table', () => {
    expect(formatResult(result, 'csv')).toBe('name,aliases\r\n"Kim ""KJU"", Jong Un","[""Kim"",""Kim Jong-un""]"\r\n');
    expect(JSON.parse(formatResult(result, 'json'))).toEqual(result.rows);
    expect(formatResult(result, 'table')).toBe(
      'name                aliases\n------------------  ---------------------\nKim "KJU", Jong Un  ["Kim","Kim Jong-un"]\n(1 row)\n',
    );
  });
});
