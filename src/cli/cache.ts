/**
 * The extraction cache of `newsgraph build`, in the output folder: one JSON file per input
 * file, named by the hash of its name and bytes, under a folder named by a fingerprint of
 * the extractor's own code, so a newer newsgraph never reuses an older one's extractions.
 * Entries a run did not use are removed at the end, and so are other fingerprints' folders.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ExtractionCache, FileExtraction } from '../pipeline.js';
import { writeAtomically } from './files.js';
import { PACKAGE_ROOT } from './paths.js';

export const CACHE_FOLDER = '.newsgraph-cache';
/** What an extraction depends on: the engine, the language data, input parsing, the pipeline. */
export const CODE = ['extract', 'lang', 'ingest', 'graph/contract.js', 'graph/same-event.js', 'extract-file.js', 'extract-worker.js', 'pipeline.js'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name))) : [path];
}

let fingerprintMemo: string | undefined;
function extractorFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const hash = createHash('sha256');
  hash.update(readFileSync(join(PACKAGE_ROOT, 'package.json')));
  for (const part of CODE) for (const file of filesUnder(join(PACKAGE_ROOT, 'dist', part))) hash.update(relative(PACKAGE_ROOT, file)).update(readFileSync(file));
  return (fingerprintMemo = hash.digest('hex').slice(0, 16));
}

export class FileExtractionCache implements ExtractionCache {
  private readonly dir: string;
  private readonly used = new Set<string>();

  constructor(private readonly outDir: string, fingerprint = extractorFingerprint()) {
    this.dir = join(outDir, CACHE_FOLDER, fingerprint);
  }

  get(key: string): FileExtraction | undefined {
    try {
      const value = JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as FileExtraction;
      this.used.add(key);
      return value;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: FileExtraction): void {
    writeAtomically(this.dir, { [`${key}.json`]: JSON.stringify(value) });
    this.used.add(key);
  }

  /** Drops what this run did not use: entries of removed or changed files, older fingerprints. */
  prune(): void {
    const root = join(this.outDir, CACHE_FOLDER);
    if (!existsSync(root)) return;
    for (const name of readdirSync(root)) if (join(root, name) !== this.dir) rmSync(join(root, name), { recursive: true, force: true });
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) if (!this.used.has(name.replace(/\.json$/, ''))) rmSync(join(this.dir, name), { force: true });
  }
}
