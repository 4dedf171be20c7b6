/**
 * The newsgraph viewer: a Sigma.js v3 view of graph.json with search, a details panel with
 * evidence, type and relation filters, a timeline, a ForceAtlas2 layout in a web worker,
 * opening other graphs, exports, and a URL that keeps the view.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { toBlob } from '@sigma/export-image';
import { BackgroundLayout } from './layout';
import { fromText, gexfOf, hasDetailedEdges, resize, toContract, toDisplay, type DisplayEdge, type DisplayGraph, type DisplayNode } from './data';
import { clear, download, el } from './dom';
import { showEdge, showNode } from './panel';
import { buildSearch } from './search';
import { resolveSettings, type NodeType, type ViewerSettings } from './settings';
import { fromHash, toHash, type ViewState } from './state';
import { buildTimeline, type Timeline } from './timeline';
import { visibleParts, type Visible } from './visibility';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

class Viewer {
  graph!: DisplayGraph;
  renderer: Sigma<DisplayNode, DisplayEdge> | null = null;
  state: ViewState;
  visible: Visible = { nodes: new Set(), edges: new Set() };
  hovered: string | null = null;
  layout: BackgroundLayout | null = null;
  /** Whether the mounted graph is drawn with arrows, curves and edge picking (small enough). */
  detailedEdges = true;
  timeline: Timeline | null = null;
  firstFrameMs: number | null = null;
  name = 'graph';

  constructor(readonly settings: ViewerSettings) {
    this.state = fromHash(location.hash, settings);
  }

  mount(graph: DisplayGraph, name: string): void {
    this.stopLayout();
    this.renderer?.kill();
    this.graph = graph;
    this.name = name.replace(/\.[^.]+$/, '');
    if (this.state.selected && !graph.hasNode(this.state.selected)) this.state.selected = null;
    this.visible = visibleParts(graph, this.state);
    const dim = this.settings.dimColor;
    const detailed = (this.detailedEdges = hasDetailedEdges(graph, this.settings));
    this.renderer = new Sigma<DisplayNode, DisplayEdge>(graph, $('graph'), {
      defaultEdgeType: 'straight',
      edgeProgramClasses: (detailed
        ? { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram }
        : { straight: EdgeLineProgram }) as unknown as Record<string, EdgeProgramType<DisplayNode, DisplayEdge>>,
      enableEdgeEvents: detailed,
      hideEdgesOnMove: !detailed,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: this.settings.labelThreshold,
      labelDensity: 1,
      zIndex: detailed,
      nodeReducer: (node, data) => {
        if (!this.visible.nodes.has(node)) return { ...data, hidden: true };
        const h = this.hovered;
        if (h && h !== node && !this.graph.areNeighbors(h, node)) return { ...data, color: dim, label: '', zIndex: 0 };
        if (node === this.state.selected || node === h) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
        return { ...data, zIndex: 1 };
      },
      edgeReducer: (edge, data) => {
        if (!this.visible.edges.has(edge) || this.edgesHiddenForLayout) return { ...data, hidden: true };
        const h = this.hovered;
        if (h && !this.graph.hasExtremity(edge, h)) return { ...data, color: '#f1f1f1' };
        if (h) return { ...data, color: '#777', size: 2 };
        return data;
      },
    });
    const r = this.renderer;
    // Sigma's constructor has rendered synchronously: the frame is on screen at the next animation frame.
    requestAnimationFrame(() => { this.firstFrameMs = performance.now(); });
    r.on('enterNode', ({ node }) => { this.hovered = node; r.refresh({ skipIndexation: true }); });
    r.on('leaveNode', () => { this.hovered = null; r.refresh({ skipIndexation: true }); });
    r.on('clickNode', ({ node }) => this.select(node, false));
    r.on('clickEdge', ({ edge }) => showEdge($('panel'), this.graph, edge, { select: (n) => this.select(n) }));
    r.on('clickStage', () => this.select(null, false));
    this.buildControls();
    // The constructor has drawn the graph once already: no second full render while mounting.
    if (this.state.selected) this.select(this.state.selected, true, false);
    else this.showSummary();
    this.sync(false);
  }

  /** Shows a node's details; `focus` also moves the camera to it. */
  select(node: string | null, focus = true, redraw = true): void {
    this.state.selected = node;
    if (node && this.graph.hasNode(node)) {
      showNode($('panel'), this.graph, node, { select: (n) => this.select(n) });
      if (focus && this.renderer) {
        const d = this.renderer.getNodeDisplayData(node);
        if (d) this.renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.35 }, { duration: 400 });
      }
    } else {
      this.showSummary();
    }
    this.sync(redraw);
  }

  showSummary(): void {
    const panel = $('panel');
    clear(panel);
    panel.append(el('h2', {}, this.name), el('p', { class: 'muted' }, `${this.graph.order} nodes, ${this.graph.size} edges. Search, or click a node or an edge to see what the articles say about it.`));
  }

  /** Recomputes what is visible, redraws, and writes the view into the URL. */
  sync(redraw = true): void {
    this.visible = visibleParts(this.graph, this.state);
    if (redraw) this.renderer?.refresh();
    const hash = toHash(this.state);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    $('status').textContent = `${this.visible.nodes.size} of ${this.graph.order} nodes, ${this.visible.edges.size} of ${this.graph.size} edges shown`;
  }

  buildControls(): void {
    const counts = new Map<NodeType, number>();
    this.graph.forEachNode((_n, a) => counts.set(a.nodeType, (counts.get(a.nodeType) ?? 0) + 1));
    const legend = $('legend');
    clear(legend);
    for (const type of Object.keys(this.settings.typeColors) as NodeType[]) {
      const box = el('input', { type: 'checkbox', 'data-type': type, id: `type-${type}` });
      box.checked = !this.state.hiddenTypes.has(type);
      box.addEventListener('change', () => {
        if (box.checked) this.state.hiddenTypes.delete(type); else this.state.hiddenTypes.add(type);
        this.sync();
      });
      legend.append(el('label', { class: 'legend-item', for: `type-${type}` }, box, el('span', { class: 'swatch', style: `background:${this.settings.typeColors[type]}` }), ` ${type} `, el('span', { class: 'count' }, String(counts.get(type) ?? 0))));
    }
    const relCounts = new Map<string, number>();
    this.graph.forEachEdge((_e, a) => relCounts.set(a.relation, (relCounts.get(a.relation) ?? 0) + 1));
    const relations = $('relations');
    clear(relations);
    for (const [rel, n] of [...relCounts].sort()) {
      const box = el('input', { type: 'checkbox', 'data-relation': rel, id: `rel-${rel}` });
      box.checked = !this.state.hiddenRelations.has(rel);
      box.addEventListener('change', () => {
        if (box.checked) this.state.hiddenRelations.delete(rel); else this.state.hiddenRelations.add(rel);
        this.sync();
      });
      relations.append(el('label', { class: 'legend-item', for: `rel-${rel}` }, box, ` ${rel} `, el('span', { class: 'count' }, String(n))));
    }
    this.timeline = buildTimeline($('timeline'), this.graph, (from, to) => {
      this.state.from = from;
      this.state.to = to;
      this.sync();
    });
    this.timeline.set(this.state.from, this.state.to);
  }

  toggleLayout(): void {
    if (this.layout?.isRunning()) { this.stopLayout(); return; }
    this.layout = new BackgroundLayout(this.graph);
    this.layout.start();
    $('layout').textContent = 'Stop layout';
  }

  /** On a big graph, drawing every edge each layout step would keep the page from answering input. */
  get edgesHiddenForLayout(): boolean {
    return this.layout !== null && !this.detailedEdges;
  }

  stopLayout(): void {
    const edgesWereHidden = this.edgesHiddenForLayout;
    this.layout?.kill();
    this.layout = null;
    if (edgesWereHidden) this.renderer?.refresh();
    $('layout').textContent = 'Re-run layout';
  }

  exportSubgraph(): ReturnType<typeof toContract> {
    return toContract(this.graph, this.visible.nodes, this.visible.edges);
  }
}

async function open(viewer: Viewer, text: string, name: string): Promise<void> {
  try {
    viewer.mount(toDisplay(fromText(text, name), viewer.settings), name);
    $('error').hidden = true;
  } catch (e) {
    $('error').hidden = false;
    $('error').textContent = `Cannot open ${name}: ${(e as Error).message}`;
  }
}

async function boot(): Promise<void> {
  const viewer = new Viewer(resolveSettings());
  (window as unknown as { newsgraph: Viewer }).newsgraph = viewer;
  buildSearch($('search'), $('results'), () => viewer.graph, (node) => viewer.select(node));
  $('layout').addEventListener('click', () => viewer.toggleLayout());
  $<HTMLSelectElement>('size-by').addEventListener('change', (e) => {
    const sizeBy = (e.target as HTMLSelectElement).value as ViewerSettings['sizeBy'];
    resize(viewer.graph, { ...viewer.settings, sizeBy });
    viewer.renderer?.refresh();
  });
  $('file').addEventListener('change', async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) await open(viewer, await file.text(), file.name);
  });
  document.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
  document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  document.addEventListener('drop', async (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    const file = e.dataTransfer?.files[0];
    if (file) await open(viewer, await file.text(), file.name);
  });
  $('export-png').addEventListener('click', async () => {
    if (viewer.renderer) download(`${viewer.name}.png`, await toBlob(viewer.renderer as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff' }));
  });
  $('export-gexf').addEventListener('click', () => download(`${viewer.name}-view.gexf`, new Blob([gexfOf(viewer.exportSubgraph())], { type: 'application/xml' })));
  $('export-json').addEventListener('click', () => download(`${viewer.name}-view.json`, new Blob([JSON.stringify(viewer.exportSubgraph().export())], { type: 'application/json' })));
  window.addEventListener('hashchange', () => {
    const next = fromHash(location.hash, viewer.settings);
    if (toHash(next) === toHash(viewer.state)) return;
    viewer.state = next;
    viewer.buildControls();
    viewer.select(next.selected);
  });
  try {
    const response = await fetch(viewer.settings.graphUrl);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    await open(viewer, await response.text(), viewer.settings.graphUrl);
  } catch (e) {
    $('error').hidden = false;
    $('error').textContent = `No graph at ${viewer.settings.graphUrl} (${(e as Error).message}). Open a graph.json or .gexf file, or drop one here.`;
  }
}

void boot();
