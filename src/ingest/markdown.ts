/** A Markdown file read as one article: the first `#` heading is its title, markup is dropped. Linear in its input, whatever its shape. */
import type { ArticleInput } from '../extract/types.js';

export function fromMarkdown(md: string, file: string): ArticleInput {
  const lines = withoutFences(md).split(/\r?\n/);
  const headingAt = lines.findIndex((l) => /^#\s+\S/.test(l));
  const title = headingAt >= 0 ? lines[headingAt].replace(/^#\s+/, '').trim() : undefined;
  const text = lines
    .filter((_, i) => i !== headingAt)
    .map((l) =>
      replaceLinks(replaceLinks(l, '![', false), '[', true)
        .replace(/^#{1,6}\s+/, '')
        .replace(/^\s*[-*+]\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/(\*\*|__|\*|_|`)(\S[^*_`]*?)\1/g, '$2'),
    )
    .join('\n');
  return { id: file, file, text, ...(title ? { title } : {}) };
}

/**
 * Markdown without its code blocks: what `/```[\s\S]*?```/g` removes, found with `indexOf`.
 * Once a fence has no closing one, no later fence has either.
 */
function withoutFences(md: string): string {
  let out = '';
  let from = 0;
  for (let open = md.indexOf('```'); open >= 0; open = md.indexOf('```', from)) {
    const close = md.indexOf('```', open + 3);
    if (close < 0) break;
    out += md.slice(from, open);
    from = close + 3;
  }
  return out + md.slice(from);
}

/**
 * A line with its links `[label](target)` (or, after `prefix` `![`, images) replaced by their
 * label or by nothing: what `/\[([^\]]*)\]\([^)]*\)/g` does, in one pass. Those patterns are
 * quadratic: every `[` scans ahead to the next `]`, so a line of 400k `[` took 257 s. Here every
 * `[` before a `]` shares that `]`, and so its fate: one scan serves them all.
 */
function replaceLinks(line: string, prefix: '[' | '![', keepLabel: boolean): string {
  let out = '';
  let kept = 0;
  let from = 0;
  for (let open = line.indexOf(prefix, from); open >= 0; open = line.indexOf(prefix, from)) {
    const labelEnd = line.indexOf(']', open + prefix.length);
    if (labelEnd < 0) break;
    if (line[labelEnd + 1] !== '(') {
      from = labelEnd + 1;
      continue;
    }
    const targetEnd = line.indexOf(')', labelEnd + 2);
    if (targetEnd < 0) break;
    out += line.slice(kept, open) + (keepLabel ? line.slice(open + prefix.length, labelEnd) : '');
    kept = from = targetEnd + 1;
  }
  return out + line.slice(kept);
}
