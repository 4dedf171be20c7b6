import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
};

describe('the published library', () => {
  it('has type declarations and code for every entry point it exports', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') {
        expect(existsSync(target), entry).toBe(true);
        continue;
      }
      expect(existsSync(target.default), `${entry} code`).toBe(true);
      expect(existsSync(target.types), `${entry} types`).toBe(true);
    }
  });

  it('loads by its name: `build` and the contract from newsgraph, the palette alone from newsgraph/contract', () => {
    const script = `
      const lib = await import('newsgraph');
      const contract = await import('newsgraph/contract');
      console.log(JSON.stringify({ build: typeof lib.build, formats: lib.FORMAT_NAMES, languages: Object.keys(lib.LANGUAGES), same: lib.TYPE_COLORS === contract.TYPE_COLORS }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out).toEqual({
      build: 'function',
      formats: ['json', 'gexf', 'cypher', 'graphml', 'csv'],
      languages: ['id', 'en'],
      same: true,
    });
  });
});
