import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInput } from '../../src/extract-file.js';
import { DEFAULT_READ_LIMITS, listInputs } from '../../src/ingest/read.js';
import { indonesian } from '../../src/lang/id/index.js';
import { build } from '../../src/pipeline.js';

/** The Indonesian model, made to throw (as a bug would) on a line with this word. */
const TRIGGER = 'MELEDAK';
const failing = {
  ...indonesian,
  boilerplateLines: [
    {
      test: (line: string) => {
        if (line.includes(TRIGGER)) throw new RangeError('Maximum call stack size exceeded');
        return false;
      },
    } as RegExp,
    ...indonesian.boilerplateLines,
  ],
};

describe('one bad file', () => {
  it('becomes that file’s warning, whatever reading or extracting it throws, and the build goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-one-bad-'));
    writeFileSync(join(dir, 'a.txt'), 'Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024).');
    writeFileSync(
      join(dir, 'b.txt'),
      `Berita ${TRIGGER} di sini.\n\nMenteri Luar Negeri Sergey Lavrov tiba di Jakarta.`,
    );
    writeFileSync(join(dir, 'c.txt'), 'Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing.');

    const [, bad] = listInputs([dir]).files;
    const alone = extractInput(bad, failing, DEFAULT_READ_LIMITS, true);
    expect(alone).toEqual({
      extraction: {
        articles: [],
        warnings: [
          {
            file: 'b.txt',
            reason: 'failed',
            message: 'reading or extracting it failed (RangeError: Maximum call stack size exceeded); skipped',
          },
        ],
      },
    });

    const result = await build([dir], { language: failing, layout: { iterations: 0, maxNodeIterations: 0 } });
    expect(result.files).toBe(3);
    expect(result.articles).toBe(2);
    expect(result.warnings.map((w) => `${w.file}: ${w.reason}`)).toEqual(['b.txt: failed']);
    const labels = result.graph.mapNodes((_, a) => a.label);
    for (const name of ['Vladimir Putin', 'Prabowo Subianto']) expect(labels).toContain(name);
  });
});
