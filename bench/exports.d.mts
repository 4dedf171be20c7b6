/** Types for exports.mjs, whose generated graph tests use too. */
import type { MultiDirectedGraph } from 'graphology';
export declare function contractGraph(nodes?: number, edges?: number): MultiDirectedGraph;
