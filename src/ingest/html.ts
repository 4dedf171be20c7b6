/**
 * An HTML page read as one article: its text (scripts, styles and navigation dropped), its
 * title and its meta tags. Read as the parser streams it, without building a DOM: memory
 * grows with the text kept, not with the markup, and nothing recurses however deep the tags.
 */
import { Parser, type Handler } from 'htmlparser2';
import type { ArticleInput } from '../extract/types.js';

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'template',
  'button',
  'select',
  'figure',
  'figcaption',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'section',
  'article',
  'blockquote',
  'pre',
  'main',
  'ul',
  'ol',
  'table',
  'dd',
  'dt',
  'time',
]);

/** Meta tags (by property, name or itemprop) that give the publication date, the most widely used first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'content_PublishedDate',
  'dc.date.issued',
  'DC.date.issued',
  'dc.date',
  'DC.date',
];
/** Meta tags that name the outlet. */
const PUBLISHER_META = ['og:site_name', 'publisher', 'dc.publisher', 'DC.publisher'];

/**
 * How deep the tree of open elements can grow. Browsers cap it (Chrome at 512): a tag opened
 * deeper closes the innermost element first and becomes its sibling. htmlparser2 has no cap and
 * each tag costs it O(depth) (it unshifts its stack of open elements and searches it on every
 * end tag): 50k nested tags took 7 s, and a page of millions of them would take hours.
 */
const MAX_DEPTH = 512;

/** What the depth cap reaches inside htmlparser2's Parser: private members, checked before use. */
interface ParserInternals {
  readonly stack: readonly string[];
  emitOpenTag(name: string): void;
  popElement(implied: boolean): void;
}

function capDepth(parser: Parser): void {
  const internals = parser as unknown as ParserInternals;
  const open = internals.emitOpenTag;
  if (typeof open !== 'function' || typeof internals.popElement !== 'function' || !Array.isArray(internals.stack)) {
    throw new Error('this htmlparser2 has no emitOpenTag, popElement and stack: the HTML depth cap needs updating');
  }
  internals.emitOpenTag = function (this: ParserInternals, name: string) {
    if (this.stack.length >= MAX_DEPTH) this.popElement(true);
    open.call(this, name);
  };
}

/**
 * The text under one element (the first `<article>`, the first `<body>`, or the whole page):
 * text inside plain elements only, not in dropped ones nor in the title heading, with a line
 * break at each end of a block element.
 */
class TextUnder {
  readonly parts: string[] = [];
  /** The depth of the root element (0: the page itself), once it has opened. */
  private rootAt: number | undefined;
  private done = false;
  /** The depth of the dropped element the reader is inside, or -1. */
  private droppedAt = -1;

  /** Text under the first element named `root`, or under the whole page. */
  constructor(private readonly root?: string) {
    if (root === undefined) this.rootAt = 0;
  }

  get found(): boolean {
    return this.rootAt !== undefined;
  }

  /** Whether text here is kept now. */
  get reading(): boolean {
    return this.rootAt !== undefined && !this.done && this.droppedAt < 0;
  }

  opened(name: string, depth: number, dropped: boolean): void {
    if (this.done) return;
    if (this.rootAt === undefined) {
      if (name === this.root) this.rootAt = depth;
      return;
    }
    if (this.droppedAt >= 0) return;
    if (dropped) this.droppedAt = depth;
    else if (BLOCK.has(name)) this.parts.push('\n');
  }

  closed(name: string, depth: number): void {
    if (this.rootAt === undefined || this.done) return;
    if (depth === this.rootAt) this.done = true;
    else if (this.droppedAt === depth) this.droppedAt = -1;
    else if (this.droppedAt < 0 && BLOCK.has(name)) this.parts.push('\n');
  }
}

/** The text of the first element named `name`, all of it (the browser's `textContent`). */
class FirstText {
  text = '';
  private at: number | undefined;
  private done = false;
  constructor(private readonly name: string) {}

  get found(): boolean {
    return this.at !== undefined;
  }

  get reading(): boolean {
    return this.at !== undefined && !this.done;
  }

  /** Whether this is the first element named so. */
  opened(name: string, depth: number): boolean {
    if (this.at !== undefined || name !== this.name) return false;
    this.at = depth;
    return true;
  }

  closed(depth: number): void {
    if (depth === this.at) this.done = true;
  }
}

export function fromHtml(html: string, file: string): ArticleInput {
  // Which of these is the article's text is known at the end: the first <article>'s, else the first <body>'s, else the page's.
  const article = new TextUnder('article');
  const body = new TextUnder('body');
  const page = new TextUnder();
  const texts = [article, body, page];
  const h1 = new FirstText('h1');
  const titleTag = new FirstText('title');
  const meta = new Map<string, string | undefined>();
  let depth = 0;
  // Text events with no other node between them make one text node, whose spaces collapse as
  // one. Who reads it cannot change before the next node: only text someone reads is kept.
  let run = '';
  const flush = () => {
    if (!run) return;
    const text = run.replace(/\s+/g, ' ');
    for (const t of texts) if (t.reading) t.parts.push(text);
    run = '';
  };
  const handler: Partial<Handler> = {
    onopentag(name, attribs) {
      flush();
      depth++;
      if (name === 'meta') {
        for (const key of [attribs.property, attribs.name, attribs.itemprop])
          if (key !== undefined && !meta.has(key)) meta.set(key, attribs.content);
      }
      const titleHeading = h1.opened(name, depth);
      titleTag.opened(name, depth);
      for (const t of texts) t.opened(name, depth, DROPPED.has(name) || titleHeading);
    },
    onclosetag(name) {
      flush();
      h1.closed(depth);
      titleTag.closed(depth);
      for (const t of texts) t.closed(name, depth);
      depth--;
    },
    ontext(data) {
      if (article.reading || body.reading || page.reading) run += data;
      if (h1.reading) h1.text += data;
      if (titleTag.reading) titleTag.text += data;
    },
    oncomment: flush,
    oncdatastart: flush,
    onprocessinginstruction: flush,
    onend: flush,
  };
  const parser = new Parser(handler);
  capDepth(parser);
  parser.end(html);

  const root = texts.find((t) => t.found)!;
  const text = root.parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n\n');
  const titleEl = h1.found ? h1 : titleTag.found ? titleTag : undefined;
  const metaOf = (name: string) => meta.get(name)?.trim();
  const firstMeta = (names: readonly string[]) => names.map(metaOf).find(Boolean);
  const title = titleEl ? titleEl.text.replace(/\s+/g, ' ').trim() : metaOf('og:title');
  return {
    id: file,
    file,
    text,
    ...(title ? { title } : {}),
    ...(metaOf('og:url') ? { url: metaOf('og:url') } : {}),
    ...(firstMeta(PUBLISHED_META) ? { published: firstMeta(PUBLISHED_META) } : {}),
    ...(firstMeta(PUBLISHER_META) ? { publisher: firstMeta(PUBLISHER_META) } : {}),
  };
}
