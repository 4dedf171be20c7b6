/**
 * Reading the source: an article's text in a dialog, its outlet, date and address when known,
 * with the sentence that was clicked highlighted and scrolled to. The text goes in as text.
 */
import type { DataGraph } from './data';
import { append, clear, el } from './dom';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a sentence stands in the text: exactly, else with any run of spaces for a space. */
export function findSentence(body: string, sentence: string): { start: number; end: number } | undefined {
  const at = body.indexOf(sentence);
  if (at >= 0) return { start: at, end: at + sentence.length };
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const m = new RegExp(words.map(escapeRegExp).join('\\s+')).exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

export function openReader(dialog: HTMLDialogElement, graph: DataGraph, doc: string, sentence?: string): void {
  clear(dialog);
  const a = graph.hasNode(doc) ? graph.getNodeAttributes(doc) : undefined;
  const body = text(a?.text);
  const url = text(a?.url);
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the article' }, '×');
  close.addEventListener('click', () => dialog.close());
  const article = el('div', { class: 'reader-text' });
  let mark: HTMLElement | null = null;
  if (body) {
    const found = sentence ? findSentence(body, sentence) : undefined;
    if (found) {
      mark = el('mark', {}, body.slice(found.start, found.end));
      article.append(body.slice(0, found.start), mark, body.slice(found.end));
    } else {
      article.append(body);
    }
  } else {
    append(
      article,
      el('p', { class: 'muted' }, 'The article’s text is not in this graph file.'),
      sentence ? el('blockquote', { class: 'sentence' }, sentence) : null,
    );
  }
  const meta = [text(a?.publisher), text(a?.published)].filter(Boolean).join(' · ');
  append(
    dialog,
    el(
      'div',
      { class: 'reader-head' },
      el('h2', { id: 'reader-title' }, text(a?.title) ?? text(a?.label) ?? doc),
      close,
    ),
    meta ? el('div', { class: 'article-source' }, meta) : null,
    url
      ? el(
          'div',
          { class: 'reader-url' },
          /^https?:\/\//i.test(url) ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url) : url,
        )
      : null,
    text(a?.file) ? el('div', { class: 'article-source' }, `File: ${a!.file}`) : null,
    article,
  );
  if (!dialog.open) dialog.showModal();
  mark?.scrollIntoView({ block: 'center' });
}
