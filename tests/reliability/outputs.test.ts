/** The output folder of `newsgraph build`: outputs replaced as a set, one build at a time, what killed builds leave cleared, a checked cache. */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../bench/corpus.mjs';
import { BIN, OUTPUTS, runCli } from '../setup/cli.js';

const read = (dir: string) => OUTPUTS.map((f) => readFileSync(join(dir, f), 'utf8'));
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `ng-${name}-`));
const CACHE = '.newsgraph-cache';

/** A pid no process has: one that just ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** Two small inputs and the outputs a clean build makes of each. */
function twoInputs() {
  const generated = join(corpus(1000), '000');
  const first = fresh('set-a');
  const second = fresh('set-b');
  for (const f of readdirSync(generated).sort().slice(0, 20)) cpSync(join(generated, f), join(first, f));
  for (const f of readdirSync(generated).sort().slice(20, 45)) cpSync(join(generated, f), join(second, f));
  const outputs = (input: string) => {
    const out = fresh('ref');
    expect(runCli('build', input, '--out', out, '-q', '--no-cache').status).toBe(0);
    return read(out);
  };
  return { first, second, before: outputs(first), after: outputs(second) };
}

describe('the outputs of a build', () => {
  it('are replaced as a set: a failed rename at any point leaves all the old outputs or all the new', () => {
    const { first, second, before, after } = twoInputs();
    const outcomes: string[] = [];
    for (let failAt = 1; failAt <= 3; failAt++) {
      const out = fresh('set');
      expect(runCli('build', first, '--out', out, '-q', '--no-cache').status).toBe(0);
      // Builds twice, so that the second finds the outputs already linked, as every build but the first does.
      expect(runCli('build', first, '--out', out, '-q', '--no-cache').status).toBe(0);
      const r = spawnSync(
        process.execPath,
        ['--import', './tests/fixtures/fail-rename.mjs', BIN, 'build', second, '--out', out, '-q', '--no-cache'],
        { encoding: 'utf8', env: { ...process.env, FAIL_RENAME_AT: String(failAt), DEBUG: '' } },
      );
      const now = read(out);
      const whole = now.every((t, i) => t === before[i])
        ? 'old'
        : now.every((t, i) => t === after[i])
          ? 'new'
          : 'a mix';
      outcomes.push(`rename ${failAt} failing: exit ${r.status}, ${whole}`);
      expect(whole, `${outcomes.at(-1)}\n${r.stderr}`).not.toBe('a mix');
      if (r.status !== 0) {
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(
          /^newsgraph: cannot write the outputs to .*EIO.*; the previous outputs are unchanged\n$/,
        );
      }
    }
    console.log(outcomes.join('; '));
  }, 120_000);

  it('are links into one generation folder: readers follow out/graph.json as a plain path', () => {
    const out = fresh('links');
    expect(runCli('build', 'seeds', '--out', out, '-q').status).toBe(0);
    const current = readlinkSync(join(out, '.newsgraph-outputs', 'current'));
    for (const f of OUTPUTS) expect(readlinkSync(join(out, f))).toBe(join('.newsgraph-outputs', 'current', f));
    expect(readdirSync(join(out, '.newsgraph-outputs')).sort()).toEqual([current, 'current'].sort());
    expect(runCli('build', 'seeds', '--out', out, '-q').status).toBe(0);
    // The previous generation is gone once the next is current.
    expect(readdirSync(join(out, '.newsgraph-outputs'))).toHaveLength(2);
    expect(readlinkSync(join(out, '.newsgraph-outputs', 'current'))).not.toBe(current);
    const exported = runCli(
      'export',
      join(out, 'graph.json'),
      '--format',
      'json',
      '--out',
      join(fresh('export'), 'g.json'),
    );
    expect(exported.status, exported.stderr).toBe(0);
  });
});

describe('two builds into one output folder', () => {
  it('never run at once: the second refuses in one line, the first finishes whole', async () => {
    const input = join(corpus(1000), '000');
    const reference = fresh('conc-ref');
    expect(runCli('build', input, '--out', reference, '-q', '--no-cache').status).toBe(0);
    const expected = read(reference);
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const out = fresh('conc');
      const start = () =>
        new Promise<{ code: number | null; stderr: string }>((done) => {
          const child = spawn(process.execPath, [BIN, 'build', input, '--out', out, '-q'], {
            env: { ...process.env, DEBUG: '' },
          });
          let stderr = '';
          child.stderr.on('data', (d) => {
            stderr += d;
          });
          child.on('exit', (code) => done({ code, stderr }));
        });
      const results = await Promise.all([start(), start()]);
      outcomes.push(results.map((r) => r.code).join('+'));
      expect(results.map((r) => r.code).sort(), results.map((r) => r.stderr).join('\n')).toEqual([0, 2]);
      const refused = results.find((r) => r.code === 2)!;
      expect(refused.stderr).toMatch(
        /^newsgraph: another build \(pid \d+\) is writing to .*; wait for it to end, or build into another --out \(if none runs, remove .*\.newsgraph-lock\)\n$/,
      );
      expect(read(out)).toEqual(expected);
    }
    console.log(`two builds at once, three times: exit codes ${outcomes.join(', ')}`);
  }, 180_000);

  it('takes over the lock of a build that is gone, and refuses one that runs', () => {
    const out = fresh('stale');
    const lock = join(out, '.newsgraph-lock');
    const refusal = `newsgraph: another build (pid ${process.pid}) is writing to ${out}; wait for it to end, or build into another --out (if none runs, remove ${lock})\n`;
    // Its process is gone; or its pid now belongs to a process started since (after a reboot, say).
    for (const holder of [`${deadPid()}:1@${hostname()}`, `${process.pid}:1@${hostname()}`]) {
      symlinkSync(holder, lock);
      const r = runCli('build', 'seeds', '--out', out, '-q');
      expect(r.status, `${holder}: ${r.stderr}`).toBe(0);
      expect(existsSync(lock)).toBe(false);
    }
    // This process holds it (its start time unknown: its pid alone decides).
    symlinkSync(`${process.pid}:@${hostname()}`, lock);
    const refused = runCli('build', 'seeds', '--out', out, '-q');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(refusal);
  });
});

describe('what builds leave in the output folder', () => {
  it('temporary files of killed builds are removed by the next one; files the build did not write are kept', async () => {
    const input = corpus(1000);
    const out = fresh('leftovers');
    expect(runCli('build', 'seeds', '--out', out, '-q').status).toBe(0);
    // A build killed while it wrote its outputs and cache.
    const child = spawn(process.execPath, [BIN, 'build', input, '--out', out, '-q'], { stdio: 'ignore' });
    const exited = new Promise((done) => child.once('exit', done));
    await new Promise((done) => setTimeout(done, 3000));
    child.kill('SIGKILL');
    await exited;
    // What a build killed mid-write leaves, whether or not this one got that far.
    const dead = deadPid();
    const fingerprint = readdirSync(join(out, CACHE))[0];
    writeFileSync(join(out, `.graph.gexf.${dead}.tmp`), 'half a file');
    mkdirSync(join(out, '.newsgraph-outputs', `zzz-${dead}`));
    writeFileSync(join(out, '.newsgraph-outputs', `zzz-${dead}`, 'graph.json'), '{');
    writeFileSync(join(out, CACHE, fingerprint, `.${'a'.repeat(64)}.json.${dead}.tmp`), '{');
    // And what the user keeps there.
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(join(out, CACHE, 'README'), 'mine');
    writeFileSync(join(out, CACHE, fingerprint, 'keep.txt'), 'mine');
    mkdirSync(join(out, CACHE, '0123456789abcdef'));
    writeFileSync(join(out, CACHE, '0123456789abcdef', 'keep.txt'), 'mine');
    writeFileSync(join(out, CACHE, '0123456789abcdef', `${'b'.repeat(64)}.json`), 'an old entry');

    const r = runCli('build', 'seeds', '--out', out, '-q');
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '.newsgraph-cache',
      '.newsgraph-outputs',
      'graph.gexf',
      'graph.json',
      'import.cypher',
      'notes.txt',
    ]);
    expect(readdirSync(join(out, '.newsgraph-outputs'))).toHaveLength(2);
    expect(readdirSync(join(out, CACHE)).sort()).toEqual(['0123456789abcdef', 'README', fingerprint].sort());
    expect(readdirSync(join(out, CACHE, '0123456789abcdef'))).toEqual(['keep.txt']);
    const entries = readdirSync(join(out, CACHE, fingerprint)).sort();
    expect(entries.filter((e) => !/^[0-9a-f]{64}\.json$/.test(e))).toEqual(['keep.txt']);
    expect(entries).toHaveLength(6);
  }, 120_000);
});

/** An entry of the cache with its articles dropped, in the format it was written in. */
function dropArticles(entry: string): string {
  const lines = entry.split('\n');
  const at = lines.length > 1 ? 1 : 0;
  lines[at] = JSON.stringify({ ...JSON.parse(lines[at]), articles: [] });
  return lines.join('\n');
}

describe('the extraction cache', () => {
  it('does not trust an entry that was replaced, swapped or cut short: that file is extracted again', () => {
    const generated = join(corpus(1000), '000');
    const input = fresh('cache-in');
    for (const f of readdirSync(generated).sort().slice(0, 30)) cpSync(join(generated, f), join(input, f));
    const clean = fresh('cache-clean');
    expect(runCli('build', input, '--out', clean, '-q', '--no-cache').status).toBe(0);
    const out = fresh('cache');
    expect(runCli('build', input, '--out', out, '-q').status).toBe(0);
    const folder = join(out, CACHE, readdirSync(join(out, CACHE))[0]);
    const [a, b, c, d] = readdirSync(folder)
      .sort()
      .map((name) => join(folder, name));
    const [textA, textB] = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
    writeFileSync(a, textB);
    writeFileSync(b, textA);
    writeFileSync(c, dropArticles(readFileSync(c, 'utf8')));
    writeFileSync(d, readFileSync(d, 'utf8').slice(0, 100));
    const r = runCli('build', input, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/cache: 26 files unchanged since the last build, 4 extracted/);
    expect(r.stdout).toMatch(/cache: 4 of its entries failed their check/);
    expect(read(out)).toEqual(read(clean));
  }, 60_000);
});

/** `unshare` and a tmpfs: a small disk that fills up, in a mount namespace of its own. */
function diskFullAvailable(): boolean {
  const ok =
    spawnSync('unshare', ['-rm', 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs "$d"'], {
      encoding: 'utf8',
    }).status === 0;
  if (!ok && process.env.CI) throw new Error('unshare -rm with a tmpfs mount is needed for the disk-full test');
  if (!ok) console.warn('NOTICE: disk-full test skipped: unshare -rm cannot mount a tmpfs here');
  return ok;
}

describe.runIf(diskFullAvailable())('a full disk', () => {
  it('fails the build in one line, leaves the previous outputs, and does not poison the next build', () => {
    const input = corpus(1000);
    const clean = fresh('full-clean');
    expect(runCli('build', input, '--out', clean, '-q', '--no-cache').status).toBe(0);
    const copy = fresh('full-copy');
    // In the namespace: seeds built, then the 1000 articles into a disk too small for their outputs, then again with room.
    const script = `set -u
      d=$(mktemp -d) && mount -t tmpfs -o size=12m tmpfs "$d" || exit 90
      node ${BIN} build seeds --out "$d/out" -q || exit 91
      cp "$d/out/graph.json" ${copy}/seeds.json
      node ${BIN} build ${input} --out "$d/out" -q 2>${copy}/full.err; echo $? >${copy}/full.status
      cp "$d/out/graph.json" ${copy}/after-full.json
      ls -A "$d/out" "$d/out/.newsgraph-outputs" >${copy}/listing
      mount -o remount,size=400m "$d" || exit 92
      node ${BIN} build ${input} --out "$d/out" -q 2>${copy}/next.err || exit 93
      cp "$d/out/graph.json" "$d/out/graph.gexf" "$d/out/import.cypher" ${copy}/`;
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], {
      encoding: 'utf8',
      env: { ...process.env, DEBUG: '' },
    });
    expect(
      r.status,
      `${r.stderr}${existsSync(join(copy, 'next.err')) ? readFileSync(join(copy, 'next.err'), 'utf8') : ''}`,
    ).toBe(0);
    const err = readFileSync(join(copy, 'full.err'), 'utf8');
    expect(readFileSync(join(copy, 'full.status'), 'utf8').trim()).toBe('1');
    expect(err).toMatch(/^newsgraph: cannot write the outputs to .*ENOSPC.*; the previous outputs are unchanged\n$/);
    expect(readFileSync(join(copy, 'after-full.json'), 'utf8')).toBe(readFileSync(join(copy, 'seeds.json'), 'utf8'));
    // Nothing of the failed build's outputs is left: the seeds' generation and the link to it.
    expect(
      readFileSync(join(copy, 'listing'), 'utf8')
        .split('\n')
        .filter((l) => /^[0-9a-z]+-\d+$/.test(l)),
    ).toHaveLength(1);
    expect(read(copy)).toEqual(read(clean));
  }, 180_000);
});
