// Export timing on a generated graph of the contract's shape (default 100k nodes, 300k edges),
// in its own process so its peak memory is its own: node bench/exports.mjs [nodes] [edges]
// Each format is timed as newsgraph writes it: rendered in pieces and written to a file.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { writeAtomically } from '../dist/cli/files.js';
import { cypherChunks } from '../dist/export/cypher.js';
import { gexfChunks } from '../dist/export/gexf.js';
import { jsonChunks } from '../dist/export/json.js';
import { NODE_TYPES as TYPES, TYPE_COLORS as COLORS } from '../dist/graph/contract.js';
import { seededRandom as random } from '../dist/graph/random.js';

export function contractGraph(nodes = 100_000, edges = 300_000) {
  const rnd = random(7);
  const graph = new MultiDirectedGraph();
  graph.setAttribute('corpus', 'bench');
  const keys = [];
  for (let i = 0; i < nodes; i++) {
    const type = TYPES[i % TYPES.length];
    // Keys of the contract's shapes, as the loader checks them: `org:node-2`, `event:meeting-node-3`, `article:node-4`.
    const key =
      { Person: 'person:', Place: 'place:', Organization: 'org:', Event: 'event:meeting-', Document: 'article:' }[
        type
      ] + `node-${i}`;
    keys.push(key);
    const year = 2015 + Math.floor(rnd() * 10);
    graph.addNode(key, {
      type,
      label: `${type} ${i}`,
      aliases: [`${type} ${i}`, `N${i}`],
      mentions: 1 + Math.floor(rnd() * 30),
      ...(type === 'Event'
        ? { kind: 'meeting', date: `${year}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}` }
        : {}),
      ...(type === 'Person' ? { titles: ['Menteri Luar Negeri'] } : {}),
      degree: 0,
      pagerank: rnd() / nodes,
      community: Math.floor(rnd() * 40),
      x: rnd() * 1000,
      y: rnd() * 1000,
      size: 3,
      color: COLORS[type],
    });
  }
  const RELATIONS = ['PARTICIPATED_IN', 'HELD_IN', 'MENTIONS', 'HOLDS_ROLE', 'CITES'];
  for (let i = 0; i < edges; i++) {
    const from = Math.floor(rnd() * nodes);
    const s = keys[from];
    let t = keys[Math.floor(rnd() * nodes)];
    if (t === s) t = keys[(from + 1) % nodes];
    const type = RELATIONS[i % RELATIONS.length];
    graph.addDirectedEdgeWithKey(`${type}:${s}->${t}#${i}`, s, t, {
      type,
      evidence: [
        {
          doc: keys[4],
          sentence: i % 20,
          text: `Menteri Luar Negeri ${i} mengatakan kepada wartawan bahwa kedua pihak akan "mempererat" kerja sama di bidang ekonomi.`,
        },
      ],
    });
  }
  return graph;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [NODES, EDGES] = [Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 300_000)];
  const graph = contractGraph(NODES, EDGES);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const seconds = {};
  for (const [name, render] of [
    ['gexf', gexfChunks],
    ['json', jsonChunks],
    ['cypher', cypherChunks],
  ]) {
    const t0 = performance.now();
    const [file] = writeAtomically(dir, { [`graph.${name}`]: render(graph) });
    seconds[name] = (performance.now() - t0) / 1000;
    seconds[`${name}MB`] = Math.round(statSync(file).size / 1e6);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      nodes: NODES,
      edges: EDGES,
      ...seconds,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}
