/**
 * The HTML and Markdown readers were rewritten to be linear and stack-safe (a loop over the
 * DOM instead of recursion, links found with indexOf instead of backtracking regexes). On
 * small random documents, where the old readers are safe, they must read exactly as before:
 * the old readers are kept here as the reference.
 */
import fc from 'fast-check';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/ingest/formats.js';

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
type DomNode = ReturnType<typeof parseDocument>['children'][number];

function referenceHtml(html: string) {
  const doc = parseDocument(html);
  const meta = (name: string) =>
    DomUtils.findOne(
      (e) => e.name === 'meta' && (e.attribs.property === name || e.attribs.name === name),
      doc.children,
    )?.attribs.content?.trim();
  const titleEl =
    DomUtils.findOne((e) => e.name === 'h1', doc.children) ?? DomUtils.findOne((e) => e.name === 'title', doc.children);
  const root =
    DomUtils.findOne((e) => e.name === 'article', doc.children) ??
    DomUtils.findOne((e) => e.name === 'body', doc.children) ??
    doc;
  const parts: string[] = [];
  const walk = (nodes: readonly DomNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') parts.push((n as { data: string }).data.replace(/\s+/g, ' '));
      else if ('name' in n && n.type === 'tag') {
        if (DROPPED.has(n.name) || (n.name === 'h1' && n === titleEl)) continue;
        if (BLOCK.has(n.name)) parts.push('\n');
        walk(n.children as DomNode[]);
        if (BLOCK.has(n.name)) parts.push('\n');
      }
    }
  };
  walk('children' in root ? (root.children as DomNode[]) : []);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n\n');
  const title = titleEl ? DomUtils.textContent(titleEl).replace(/\s+/g, ' ').trim() : meta('og:title');
  return {
    text,
    title: title || undefined,
    url: meta('og:url') || undefined,
    published: meta('article:published_time') || undefined,
    publisher: meta('og:site_name') || undefined,
  };
}

function referenceMarkdown(md: string) {
  const lines = md.replace(/```[\s\S]*?```/g, '').split(/\r?\n/);
  const headingAt = lines.findIndex((l) => /^#\s+\S/.test(l));
  const title = headingAt >= 0 ? lines[headingAt].replace(/^#\s+/, '').trim() : undefined;
  const text = lines
    .filter((_, i) => i !== headingAt)
    .map((l) =>
      l
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/^#{1,6}\s+/, '')
        .replace(/^\s*[-*+]\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/(\*\*|__|\*|_|`)(\S[^*_`]*?)\1/g, '$2'),
    )
    .join('\n');
  return { text, title: title || undefined };
}

const piecesOf = (pieces: readonly string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));

const HTML = piecesOf([
  '<html>',
  '<head>',
  '</head>',
  '<body>',
  '</body>',
  '<article>',
  '</article>',
  '<h1>',
  '</h1>',
  '<title>',
  '</title>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<br>',
  '<span>',
  '</span>',
  '<nav>',
  '</nav>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<li>',
  '<time>',
  '<!-- c -->',
  '<![CDATA[x]]>',
  '<?pi x?>',
  '&amp;',
  '&nbsp;',
  ' ',
  '\n',
  '\t',
  'Kata',
  'Jakarta.',
  '<',
  '<meta property="og:title" content=" Judul ">',
  '<meta name="og:site_name" content="ANTARA">',
  '<meta property="og:url" content="u">',
  '<meta property="article:published_time" content="2024-06-19">',
  '<meta name="og:title">',
  '<h1 class="x">',
]);
const MARKDOWN = piecesOf([
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '*',
  '**',
  '_',
  '__',
  '`',
  '```',
  '# ',
  '## ',
  '#',
  '> ',
  '- ',
  '+ ',
  ' ',
  '\t',
  '\n',
  '\r\n',
  'a',
  'Kata',
  '!',
]);

const plain = (a: { text: string; title?: string; url?: string; published?: string; publisher?: string } | undefined) =>
  a && { text: a.text, title: a.title, url: a.url, published: a.published, publisher: a.publisher };

describe('the rewritten readers read as the old ones did', () => {
  it('HTML', () => {
    fc.assert(
      fc.property(HTML, (html) => {
        const [article] = parseArticles(html, 'a.html').articles;
        const expected = referenceHtml(html);
        if (!expected.text.trim()) expect(article).toBeUndefined();
        else expect(plain(article)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('Markdown', () => {
    fc.assert(
      fc.property(MARKDOWN, (md) => {
        const [article] = parseArticles(md, 'a.md').articles;
        const expected = referenceMarkdown(md);
        if (!expected.text.trim()) expect(article).toBeUndefined();
        else
          expect(plain(article)).toEqual({ ...expected, url: undefined, published: undefined, publisher: undefined });
      }),
      { numRuns: 3000 },
    );
  });
});
