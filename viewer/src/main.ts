/**
 * The newsgraph viewer: a Sigma.js v3 view of graph.json with search, a details panel with
 * meetings and evidence, the article text behind each sentence, type and relation filters, a
 * timeline that plays, a ForceAtlas2 layout in a web worker, opening other graphs, exports,
 * and a URL that keeps the view. Sigma draws only what the filters leave (shown.ts).
 */
import { DirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, type EdgeProgramType } from 'sigma/rendering';
import { NotAGraph, readGraphFile, resize, toDataGraph, visibleSubgraph, type DataGraph } from './data';
import { clear, download, el } from './dom';
import { gexfOf, jsonOf, pngOf } from './exports';
import { isArrow, neighbourTowards } from './keyboard';
import { LabelPlacer } from './labels';
import { BackgroundLayout } from './layout';
import { edgeAt } from './picking';
import { NODE_TYPES, type NodeType } from './palette';
import { showEdge, showLink, showNode, type PanelActions } from './panel';
import { openReader } from './reader';
import { buildSearch } from './search';
import { resolveSettings, type ViewerSettings } from './settings';
import { linkKey, shownGraph, type ShownEdge, type ShownGraph, type ShownNode } from './shown';
import { fromHash, sameSelection, toHash, type Selection, type ViewState } from './state';
import { buildTimeline, type Timeline } from './timeline';
import { visibleParts, whyHidden, type Visible } from './visibility';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const NARROW = window.matchMedia('(max-width: 767px)');

/** Time from an input event to the frame after the work it caused, in ms. */
function afterNextPaint(since: number, done: (ms: number) => void): void {
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - since), 0));
}

class Viewer {
  graph!: DataGraph;
  /** What sigma draws: the visible nodes, one edge per linked pair (shown.ts). */
  shown!: ShownGraph;
  renderer: Sigma<ShownNode, ShownEdge> | null = null;
  labels: LabelPlacer | null = null;
  state: ViewState;
  visible: Visible = { nodes: new Set(), edges: new Set() };
  hovered: string | null = null;
  /** Nodes drawn in full while something is hovered or selected, their neighbours, and the edges between. */
  private focus = { nodes: new Set<string>(), near: new Set<string>(), edges: new Set<string>() };
  layout: BackgroundLayout | null = null;
  timeline: Timeline | null = null;
  firstFrameMs: number | null = null;
  /** Milliseconds from the last click on a node to the frame after its panel was drawn. */
  clickToPanelMs: number | null = null;
  /** Milliseconds from the pointer entering a node to the frame after its neighbourhood was highlighted. */
  hoverToFrameMs: number | null = null;
  /** How long each step of opening the graph took, in ms. */
  readonly timings: Record<string, number> = {};
  name = 'graph';
  private cameraTimer: ReturnType<typeof setTimeout> | null = null;

  readonly actions: PanelActions = {
    select: (selection) => this.select(selection, { camera: true }),
    read: (doc, sentence) => openReader($('reader'), this.graph, doc, sentence),
    reveal: (node) => this.reveal(node),
  };

  constructor(readonly settings: ViewerSettings) {
    this.state = fromHash(location.hash, settings);
  }

  /** Switches to a graph. Everything that can fail (reading, checking) happened before. */
  mount(graph: DataGraph, name: string): void {
    this.stopLayout();
    this.timeline?.stop();
    this.graph = graph;
    this.name = name.replace(/\.[^.]+$/, '');
    if (!this.state.typesChosen) this.state.hiddenTypes = this.defaultHiddenTypes();
    if (!this.selectionExists(this.state.selection)) this.state.selection = null;
    resize(graph, { ...this.settings, sizeBy: this.state.sizeBy });
    $<HTMLSelectElement>('size-by').value = this.state.sizeBy;
    const t0 = performance.now();
    this.visible = visibleParts(graph, this.state);
    this.shown = shownGraph(graph, this.visible, this.settings);
    this.timings.shown = performance.now() - t0;
    this.hovered = null;
    this.updateFocus();
    this.renderer?.kill();
    const container = $('graph');
    // Sigma draws at once what it is given: first nothing, so that the labels' placer can be
    // attached before the one drawing of the graph.
    this.renderer = new Sigma<ShownNode, ShownEdge>(new DirectedGraph(), container, {
      allowInvalidContainer: true,
      defaultEdgeType: 'line',
      edgeProgramClasses: {
        arrow: EdgeArrowProgram,
        line: EdgeRectangleProgram,
        thin: EdgeLineProgram,
      } as unknown as Record<string, EdgeProgramType<ShownNode, ShownEdge>>,
      // Edges are picked by geometry (picking.ts), not by a second drawing of them all.
      enableEdgeEvents: false,
      hideEdgesOnMove: this.shown.size > this.settings.edgesWhileMovingUpTo,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: this.settings.labelThreshold,
      // Every node is a candidate for a label; LabelPlacer chooses which are drawn.
      labelDensity: Number.MAX_SAFE_INTEGER,
      defaultDrawNodeLabel: (context, data, settings) => this.labels?.draw(context, data, settings),
      zIndex: true,
      nodeReducer: (node, data) => {
        const f = this.focus;
        if (!f.nodes.size) return data;
        if (f.nodes.has(node)) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
        if (f.near.has(node)) return { ...data, zIndex: 1 };
        return { ...data, color: this.settings.dimColor, label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        const f = this.focus;
        if (!f.nodes.size) return data;
        if (f.edges.has(edge)) return { ...data, color: this.settings.focusEdgeColor, zIndex: 1 };
        return { ...data, color: '#eeeeee', zIndex: 0 };
      },
    });
    const r = this.renderer;
    this.labels = new LabelPlacer(r, () => this.focus.nodes);
    const t1 = performance.now();
    r.setGraph(this.shown);
    this.timings.draw = performance.now() - t1;
    // Sigma has drawn synchronously: the frame is on screen at the next animation frame.
    requestAnimationFrame(() => {
      this.firstFrameMs ??= performance.now();
    });
    r.on('enterNode', ({ node, event }) => {
      this.hover(node);
      container.classList.add('pointing');
      afterNextPaint(event.original.timeStamp, (ms) => {
        this.hoverToFrameMs = ms;
      });
    });
    r.on('leaveNode', () => {
      this.hover(null);
      container.classList.remove('pointing');
    });
    let pending: { x: number; y: number } | null = null;
    r.on('moveBody', ({ event }) => {
      // At most one look for an edge under the pointer per frame.
      if (pending === null)
        requestAnimationFrame(() => {
          if (!this.hovered && pending) container.classList.toggle('pointing', edgeAt(r, pending) !== undefined);
          pending = null;
        });
      pending = { x: event.x, y: event.y };
    });
    r.on('clickNode', ({ node, event }) => {
      this.select({ kind: 'node', key: node });
      afterNextPaint(event.original.timeStamp, (ms) => {
        this.clickToPanelMs = ms;
      });
    });
    r.on('clickStage', ({ event }) => {
      const edge = edgeAt(r, event);
      this.select(edge === undefined ? null : this.selectionOfLink(edge));
    });
    r.getCamera().on('updated', () => this.cameraMoved());
    if (this.state.camera) r.getCamera().setState(this.state.camera);
    this.buildControls();
    this.drawPanel();
    if (this.state.selection) document.body.classList.add('panel-open');
    if (NARROW.matches && this.state.selection?.kind === 'node' && !this.state.camera)
      this.moveCameraTo(this.state.selection.key);
    this.updateStatus();
    this.writeHash('replace');
  }

  private defaultHiddenTypes(): Set<NodeType> {
    let articles = 0;
    this.graph.forEachNode((_n, a) => {
      if (a.type === 'Document') articles++;
    });
    return new Set(articles > this.settings.articlesShownUpTo ? ['Document'] : []);
  }

  private selectionExists(s: Selection | null): boolean {
    if (!s) return true;
    if (s.kind === 'node') return this.graph.hasNode(s.key);
    if (s.kind === 'edge') return this.graph.hasEdge(s.key);
    return this.graph.hasNode(s.ends[0]) && this.graph.hasNode(s.ends[1]);
  }

  /** A click on a drawn edge: the one edge it stands for, or the link of several. */
  private selectionOfLink(shownEdge: string): Selection {
    const members = this.shown.getEdgeAttribute(shownEdge, 'members');
    if (members.length === 1) return { kind: 'edge', key: members[0] };
    return { kind: 'link', ends: [this.shown.source(shownEdge), this.shown.target(shownEdge)] };
  }

  /** The visible edges between two nodes (what their drawn link stands for). */
  private membersBetween(a: string, b: string): string[] {
    const key = linkKey(a, b);
    return this.shown.hasEdge(key) ? this.shown.getEdgeAttribute(key, 'members') : [];
  }

  private hover(node: string | null): void {
    this.hovered = node;
    if (this.updateFocus()) this.renderer?.refresh({ skipIndexation: true });
  }

  /** The hovered node, else the selection, with their neighbours and edges in what is shown; whether that changed. */
  private updateFocus(): boolean {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const s = this.state.selection;
    const shown = this.shown;
    if (this.hovered) nodes.add(this.hovered);
    else if (s?.kind === 'node') nodes.add(s.key);
    else if (s?.kind === 'edge' && this.graph.hasEdge(s.key)) {
      const [a, b] = this.graph.extremities(s.key);
      nodes.add(a).add(b);
      edges.add(linkKey(a, b));
    } else if (s?.kind === 'link') {
      nodes.add(s.ends[0]).add(s.ends[1]);
      edges.add(linkKey(s.ends[0], s.ends[1]));
    }
    const near = new Set<string>();
    for (const n of nodes) {
      if (!shown.hasNode(n)) continue;
      if (s?.kind === 'node' || this.hovered) {
        shown.forEachEdge(n, (e, _a, src, tgt) => {
          edges.add(e);
          near.add(src === n ? tgt : src);
        });
      }
    }
    const next = { nodes: new Set([...nodes].filter((n) => shown.hasNode(n))), near, edges };
    const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
    const changed = !same(next.nodes, this.focus.nodes) || !same(next.edges, this.focus.edges);
    this.focus = next;
    return changed;
  }

  select(selection: Selection | null, o: { camera?: boolean; history?: boolean } = {}): void {
    const changed = !sameSelection(selection, this.state.selection);
    this.state.selection = selection && this.selectionExists(selection) ? selection : null;
    this.drawPanel();
    // A click on the hovered node changes nothing drawn: the hover already shows it.
    if (this.updateFocus()) this.renderer?.refresh({ skipIndexation: true });
    if ((o.camera || NARROW.matches) && selection?.kind === 'node') this.moveCameraTo(selection.key);
    if (selection) document.body.classList.add('panel-open');
    if (changed && o.history !== false) this.writeHashWhenIdle('push');
    const s = this.state.selection;
    $('announce').textContent = s
      ? `Selected ${s.kind === 'node' ? this.graph.getNodeAttribute(s.key, 'label') : s.kind === 'edge' ? this.graph.getEdgeAttribute(s.key, 'type') : 'link'}`
      : 'Selection cleared';
  }

  /** Brings a node to the middle of the graph (on a phone, of what the details sheet leaves of it). */
  private moveCameraTo(node: string): void {
    const r = this.renderer;
    const d = r?.getNodeDisplayData(node);
    if (!r || !d) return;
    const camera = r.getCamera();
    const target = { x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.5), angle: camera.angle };
    void camera.animate(target, { duration: 400 });
  }

  drawPanel(): void {
    const panel = $('panel');
    const s = this.state.selection;
    if (s?.kind === 'node')
      showNode(panel, this.graph, s.key, this.actions, whyHidden(this.graph, s.key, this.state, this.visible));
    else if (s?.kind === 'edge') showEdge(panel, this.graph, s.key, this.actions);
    else if (s?.kind === 'link')
      showLink(panel, this.graph, s.ends, this.membersBetween(s.ends[0], s.ends[1]), this.actions);
    else this.showSummary();
  }

  showSummary(): void {
    const panel = $('panel');
    clear(panel);
    panel.append(
      el('h2', {}, this.name),
      el(
        'p',
        { class: 'muted' },
        `${this.graph.order} nodes, ${this.graph.size} edges. Search, or click a node or an edge to see what the articles say about it.`,
      ),
    );
  }

  /** Filters changed: recomputes what is visible and what is drawn, and writes the view into the URL. */
  sync(): void {
    this.visible = visibleParts(this.graph, this.state);
    this.shown = shownGraph(this.graph, this.visible, this.settings);
    this.hovered = null;
    this.updateFocus();
    if (this.renderer) {
      this.renderer.setSetting('hideEdgesOnMove', this.shown.size > this.settings.edgesWhileMovingUpTo);
      this.renderer.setGraph(this.drawing());
    }
    this.drawPanel();
    this.updateStatus();
    this.writeHash('replace');
  }

  private updateStatus(): void {
    $('status').textContent =
      `${this.visible.nodes.size} of ${this.graph.order} nodes, ${this.visible.edges.size} of ${this.graph.size} edges shown`;
  }

  /** Shows a node a filter hides: its type switched on, or the whole date range. */
  reveal(node: string): void {
    const type = this.graph.getNodeAttribute(node, 'type');
    if (this.state.hiddenTypes.has(type)) {
      this.state.hiddenTypes.delete(type);
      this.state.typesChosen = true;
    }
    if (!visibleParts(this.graph, this.state).nodes.has(node)) {
      this.state.from = null;
      this.state.to = null;
    }
    this.buildControls();
    this.sync();
    this.moveCameraTo(node);
  }

  /** Writes the view into the URL; a new selection is a new step of history. */
  writeHash(how: 'push' | 'replace'): void {
    const hash = toHash(this.state);
    if (location.hash === hash) return;
    if (how === 'push') history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
  }

  /** The same, once the browser is idle: a history step costs tens of ms on a big page, after the panel is drawn. */
  private writeHashWhenIdle(how: 'push' | 'replace'): void {
    const state = toHash(this.state);
    requestIdleCallback(
      () => {
        if (toHash(this.state) === state) this.writeHash(how);
      },
      { timeout: 500 },
    );
  }

  private cameraMoved(): void {
    if (this.cameraTimer !== null) clearTimeout(this.cameraTimer);
    this.cameraTimer = setTimeout(() => {
      const c = this.renderer?.getCamera().getState();
      if (c) this.state.camera = { x: c.x, y: c.y, ratio: c.ratio };
      this.writeHash('replace');
    }, 250);
  }

  /** Back and forward: the view of that history step. */
  applyHash(): void {
    const next = fromHash(location.hash, this.settings);
    if (toHash(next) === toHash(this.state)) return;
    const filtersChanged =
      toHash({ ...next, selection: null, camera: null }) !== toHash({ ...this.state, selection: null, camera: null });
    const sizeChanged = next.sizeBy !== this.state.sizeBy;
    const selection = next.selection;
    this.state = {
      ...next,
      selection: this.state.selection,
      hiddenTypes: next.typesChosen ? next.hiddenTypes : this.state.hiddenTypes,
    };
    if (sizeChanged) this.setSizeBy(next.sizeBy);
    if (filtersChanged) {
      this.buildControls();
      this.sync();
    }
    if (next.camera) this.renderer?.getCamera().setState(next.camera);
    this.select(selection, { history: false });
  }

  setSizeBy(sizeBy: ViewerSettings['sizeBy']): void {
    this.state.sizeBy = sizeBy;
    $<HTMLSelectElement>('size-by').value = sizeBy;
    resize(this.graph, { ...this.settings, sizeBy });
    this.shown.updateEachNodeAttributes(
      (n, a) => {
        a.size = this.graph.getNodeAttribute(n, 'size');
        return a;
      },
      { attributes: ['size'] },
    );
    this.writeHash('replace');
  }

  buildControls(): void {
    const counts = new Map<NodeType, number>();
    this.graph.forEachNode((_n, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    const legend = $('legend');
    clear(legend);
    for (const type of NODE_TYPES) {
      const box = el('input', { type: 'checkbox', 'data-type': type, id: `type-${type}` });
      box.checked = !this.state.hiddenTypes.has(type);
      box.addEventListener('change', () => {
        if (box.checked) this.state.hiddenTypes.delete(type);
        else this.state.hiddenTypes.add(type);
        this.state.typesChosen = true;
        this.sync();
      });
      legend.append(
        el(
          'label',
          { class: 'legend-item', for: `type-${type}` },
          box,
          el('span', { class: 'swatch', style: `background:${this.settings.typeColors[type]}` }),
          ` ${type === 'Document' ? 'Document (articles)' : type} `,
          el('span', { class: 'count' }, String(counts.get(type) ?? 0)),
        ),
      );
    }
    const relCounts = new Map<string, number>();
    this.graph.forEachEdge((_e, a) => relCounts.set(a.type, (relCounts.get(a.type) ?? 0) + 1));
    const relations = $('relations');
    clear(relations);
    for (const [rel, n] of [...relCounts].sort()) {
      const box = el('input', { type: 'checkbox', 'data-relation': rel, id: `rel-${rel}` });
      box.checked = !this.state.hiddenRelations.has(rel);
      box.addEventListener('change', () => {
        if (box.checked) this.state.hiddenRelations.delete(rel);
        else this.state.hiddenRelations.add(rel);
        this.sync();
      });
      relations.append(
        el(
          'label',
          { class: 'legend-item', for: `rel-${rel}` },
          box,
          ` ${rel} `,
          el('span', { class: 'count' }, String(n)),
        ),
      );
    }
    this.timeline?.stop();
    this.timeline = buildTimeline($('timeline'), this.graph, this.state.timeBasis, this.settings.playStepMs, {
      onRange: (from, to) => {
        this.state.from = from;
        this.state.to = to;
        this.sync();
      },
      onBasis: (basis) => {
        this.state.timeBasis = basis;
        this.state.from = null;
        this.state.to = null;
        this.buildControls();
        this.sync();
      },
    });
    this.timeline.set(this.state.from, this.state.to);
  }

  /** Arrow keys on the focused graph: to the neighbour that lies that way, or the biggest node first. */
  step(key: string): boolean {
    if (!isArrow(key) || !this.renderer) return false;
    const s = this.state.selection;
    const from = s?.kind === 'node' && this.shown.hasNode(s.key) ? s.key : null;
    if (!from) {
      let biggest: string | null = null;
      this.shown.forEachNode((n, a) => {
        if (!biggest || a.size > this.shown.getNodeAttribute(biggest, 'size')) biggest = n;
      });
      if (biggest) this.select({ kind: 'node', key: biggest }, { camera: true });
      return true;
    }
    const at = (n: string) => this.renderer!.graphToViewport(this.renderer!.getNodeDisplayData(n)!);
    const neighbours = new Map(this.shown.neighbors(from).map((n) => [n, at(n)] as const));
    const next = neighbourTowards(at(from), neighbours, key);
    if (next) this.select({ kind: 'node', key: next }, { camera: true });
    return true;
  }

  toggleLayout(): void {
    if (this.layout?.isRunning()) {
      this.stopLayout();
      return;
    }
    this.layout = new BackgroundLayout(this.graph, () => this.copyPositions());
    this.renderer?.setGraph(this.drawing());
    this.layout.start();
    $('layout').textContent = 'Stop layout';
  }

  /**
   * What sigma draws: what is shown, but only its nodes while the layout moves a big drawing
   * (drawing every edge at each step would keep the page from answering input).
   */
  private drawing(): ShownGraph {
    return this.layout !== null && this.shown.size > this.settings.edgesWhileMovingUpTo
      ? this.shown.emptyCopy()
      : this.shown;
  }

  private copyPositions(): void {
    const update = (g: ShownGraph) =>
      g.updateEachNodeAttributes(
        (n, a) => {
          const d = this.graph.getNodeAttributes(n);
          a.x = d.x;
          a.y = d.y;
          return a;
        },
        { attributes: ['x', 'y'] },
      );
    const drawn = this.renderer?.getGraph();
    if (drawn && drawn !== this.shown) update(drawn);
    update(this.shown);
  }

  stopLayout(): void {
    this.layout?.kill();
    this.layout = null;
    if (this.renderer && this.renderer.getGraph() !== this.shown) this.renderer.setGraph(this.shown);
    $('layout').textContent = 'Re-run layout';
  }

  visibleGraph(): DataGraph {
    return visibleSubgraph(this.graph, this.visible.nodes, this.visible.edges);
  }
}

function showError(message: string): void {
  $('error-text').textContent = message;
  $('error').hidden = false;
}

/** Reads, checks and opens a graph file's text; a file that is not a graph leaves the view as it was. */
function open(viewer: Viewer, text: string, name: string): void {
  let graph: DataGraph;
  const t0 = performance.now();
  try {
    const data = readGraphFile(text);
    viewer.timings.read = performance.now() - t0;
    graph = toDataGraph(data, viewer.settings);
  } catch (e) {
    showError(
      e instanceof NotAGraph
        ? `Cannot open ${name}: ${e.message}.`
        : `Cannot open ${name}: it could not be read as a graph.`,
    );
    return;
  }
  const t1 = performance.now();
  viewer.timings.graph = t1 - t0 - viewer.timings.read;
  // Another graph has other bounds: the camera of the last one means nothing there.
  if (viewer.renderer) viewer.state.camera = null;
  viewer.mount(graph, name);
  viewer.timings.mount = performance.now() - t1;
  $('error').hidden = true;
}

function setOpen(cls: string, button: string, on: boolean): void {
  document.body.classList.toggle(cls, on);
  $(button).setAttribute('aria-expanded', String(on));
}

function wireControls(viewer: Viewer): void {
  buildSearch($('search'), $('results'), $('search-status'), {
    graph: () => viewer.graph,
    isShown: (node) => viewer.visible.nodes.has(node),
    choose: (node) => viewer.select({ kind: 'node', key: node }, { camera: true }),
  });
  $('layout').addEventListener('click', () => viewer.toggleLayout());
  $<HTMLSelectElement>('size-by').addEventListener('change', (e) =>
    viewer.setSizeBy((e.target as HTMLSelectElement).value as ViewerSettings['sizeBy']),
  );
  $('open').addEventListener('click', () => $('file').click());
  $('file').addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) open(viewer, await file.text(), file.name);
    input.value = '';
  });
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  document.addEventListener('drop', async (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    const file = e.dataTransfer?.files[0];
    if (file) open(viewer, await file.text(), file.name);
  });
  $('close-error').addEventListener('click', () => {
    $('error').hidden = true;
  });
  $('export-png').addEventListener('click', async () => {
    if (!viewer.renderer) return;
    const legend = NODE_TYPES.filter((t) => !viewer.state.hiddenTypes.has(t)).map((t) => ({
      label: t,
      color: viewer.settings.typeColors[t],
    }));
    download(`${viewer.name}.png`, await pngOf(viewer.renderer as unknown as Sigma, legend));
  });
  $('export-gexf').addEventListener('click', () =>
    download(`${viewer.name}-view.gexf`, new Blob([gexfOf(viewer.visibleGraph())], { type: 'application/xml' })),
  );
  $('export-json').addEventListener('click', () =>
    download(`${viewer.name}-view.json`, new Blob([jsonOf(viewer.visibleGraph())], { type: 'application/json' })),
  );
  const camera = () => viewer.renderer?.getCamera();
  $('zoom-in').addEventListener('click', () => void camera()?.animatedZoom({ duration: 250 }));
  $('zoom-out').addEventListener('click', () => void camera()?.animatedUnzoom({ duration: 250 }));
  $('zoom-fit').addEventListener('click', () => void camera()?.animatedReset({ duration: 250 }));
  $('toggle-filters').addEventListener('click', () =>
    setOpen('filters-open', 'toggle-filters', !document.body.classList.contains('filters-open')),
  );
  $('close-filters').addEventListener('click', () => setOpen('filters-open', 'toggle-filters', false));
  $('toggle-tools').addEventListener('click', () =>
    setOpen('tools-open', 'toggle-tools', !document.body.classList.contains('tools-open')),
  );
  $('close-panel').addEventListener('click', () => document.body.classList.remove('panel-open'));
  $('graph').addEventListener('keydown', (e) => {
    if (viewer.step(e.key)) e.preventDefault();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || (e.target as HTMLElement).closest('dialog')) return;
    setOpen('filters-open', 'toggle-filters', false);
    setOpen('tools-open', 'toggle-tools', false);
    document.body.classList.remove('panel-open');
    viewer.select(null);
  });
  window.addEventListener('popstate', () => viewer.applyHash());
  window.addEventListener('hashchange', () => viewer.applyHash());
  // Sigma follows the window's size; the graph's box also changes when drawers and panels do.
  new ResizeObserver(() => {
    viewer.renderer?.resize();
    viewer.renderer?.refresh({ skipIndexation: true });
  }).observe($('graph'));
  NARROW.addEventListener('change', () => document.body.classList.remove('filters-open', 'tools-open'));
}

async function boot(): Promise<void> {
  const viewer = new Viewer(resolveSettings());
  (window as unknown as { newsgraph: Viewer }).newsgraph = viewer;
  wireControls(viewer);
  let text: string;
  const t0 = performance.now();
  try {
    const response = await fetch(viewer.settings.graphUrl);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    text = await response.text();
  } catch (e) {
    showError(
      `No graph at ${viewer.settings.graphUrl} (${(e as Error).message}). Open a graph.json or .gexf file, or drop one here.`,
    );
    return;
  }
  viewer.timings.fetch = performance.now() - t0;
  open(viewer, text, viewer.settings.graphUrl);
}

void boot();
