import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortInPlace } from '../../src/extract/sort.js';

// Keys repeat often, so that stability shows: equal keys must keep their order.
const items = fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat() }), { maxLength: 100 });

describe('sortInPlace', () => {
  it('orders as Array.prototype.sort does, short lists and long, equal keys in their order', () => {
    fc.assert(fc.property(items, (list) => {
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      expect(sortInPlace([...list], byKey)).toEqual([...list].sort(byKey));
    }), { numRuns: 2000 });
  });

  it('without a comparison, orders by string form, as Array.prototype.sort does', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 80 }), (list) => {
      expect(sortInPlace([...list])).toEqual([...list].sort());
    }), { numRuns: 2000 });
  });

  it('sorts the list it is given and returns it', () => {
    const list = [3, 1, 2];
    expect(sortInPlace(list, (a, b) => a - b)).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });
});
