import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { fullestName } from '../../src/graph/build.js';
import { DEFAULT_LAYOUT } from '../../src/graph/layout.js';

describe("a person's label", () => {
  it('is the fullest name seen, then the most frequent, then the first in code-point order', () => {
    expect(
      fullestName(
        new Map([
          ['Kim', 40],
          ['Kim Jong Un', 2],
          ['Kim Jong-un', 3],
        ]),
      ),
    ).toBe('Kim Jong-un');
    expect(
      fullestName(
        new Map([
          ['Kim', 40],
          ['Kim Jong Un', 3],
          ['Kim Jong-un', 3],
        ]),
      ),
    ).toBe('Kim Jong Un');
    expect(
      fullestName(
        new Map([
          ['Putin', 9],
          ['Vladimir Putin', 1],
        ]),
      ),
    ).toBe('Vladimir Putin');
    expect(fullestName(new Map())).toBeUndefined();
  });

  it('stays the full name when most articles call him by his family name alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-labels-'));
    writeFileSync(
      join(dir, 'a.txt'),
      'Kim Jong-un tiba di Vladivostok\n\nPemimpin Korea Utara Kim Jong-un tiba di Vladivostok pada Rabu (24/4/2019) dengan kereta.\n',
    );
    for (const n of [1, 2, 3])
      writeFileSync(
        join(dir, `b${n}.txt`),
        'Kim kembali ke Pyongyang\n\nKim kembali ke Pyongyang pada Jumat (26/4/2019). Kim disambut warga di stasiun.\n',
      );
    const g = (await build([dir], { layout: { ...DEFAULT_LAYOUT, iterations: 1 } })).graph;
    expect(g.getNodeAttribute('person:kim-jong-un', 'aliases')).toEqual(['Kim', 'Kim Jong-un']);
    expect(g.getNodeAttribute('person:kim-jong-un', 'label')).toBe('Kim Jong-un');
  });
});
