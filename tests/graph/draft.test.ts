import { describe, expect, it } from 'vitest';
import { GraphDraft, mentionEnds } from '../../src/graph/draft.js';

describe('GraphDraft mentions', () => {
  it('counts an article’s mentions of a node under one MENTIONS key, apart from the other edges', () => {
    const draft = new GraphDraft();
    draft.mention('article:a', 'person:b', 2);
    draft.mention('article:a', 'person:b', 3);
    draft.mention('article:a-1', 'person:b', 1);
    draft.edge('CITES', 'article:a', 'person:b', {}, []);
    expect([...draft.mentions]).toEqual([
      ['MENTIONS:article:a->person:b', 5],
      ['MENTIONS:article:a-1->person:b', 1],
    ]);
    expect([...draft.edges.keys()]).toEqual(['CITES:article:a->person:b']);
  });

  it('gives back the article and the node of a MENTIONS key, whatever dashes and colons their keys hold', () => {
    const draft = new GraphDraft();
    const pairs = [
      ['article:2024-06-19-putin-ke-pyongyang', 'event:visit-2024-06-19-pyongyang'],
      ['article:folder-a-b-1', 'document:perjanjian-kemitraan-strategis-komprehensif'],
      ['article:x', 'org:x'],
    ];
    for (const [doc, node] of pairs) draft.mention(doc, node, 1);
    expect([...draft.mentions.keys()].map(mentionEnds)).toEqual(pairs.map(([source, target]) => ({ source, target })));
  });
});
