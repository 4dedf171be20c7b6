import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The bench and training scripts run on dist/ outside the type-checker: a renamed export broke
// bench/real.mjs once without any test noticing.
const SCRIPT_FOLDERS = ['bench', 'scripts'];
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*'(\.\.\/dist\/[^']+)'/g;

function importsOf(file: string): { names: string[]; module: string }[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, names, module]) => ({
    names: names
      .split(',')
      .map((n) => n.trim().split(/\s+as\s+/)[0])
      .filter(Boolean),
    module: resolve(file, '..', module),
  }));
}

describe('bench and scripts', () => {
  const files = SCRIPT_FOLDERS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => `${dir}/${f}`),
  );
  it.each(files)('%s imports only what dist/ exports', async (file) => {
    for (const { names, module } of importsOf(file)) {
      const exported = await import(module);
      for (const name of names) expect(Object.keys(exported), `${file}: ${name} from ${module}`).toContain(name);
    }
  });
});
