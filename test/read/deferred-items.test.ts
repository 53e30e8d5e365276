import { describe, expect, it } from 'vitest';
import { deferredItems } from '../../src/read/deferred-items.js';
import { collect } from '../helpers/collect.js';

async function* upTo(n: number, failAt?: number): AsyncGenerator<string> {
  for (let i = 1; i <= n; i++) {
    if (i === failAt) throw new Error(`broke at ${i}`);
    yield `item ${i}`;
  }
}

describe('deferredItems', () => {
  it('makes its iterable only when the first item is asked for, then hands on every item in order', async () => {
    let started = 0;
    const items = deferredItems(() => {
      started++;
      return upTo(3);
    });
    expect(started).toBe(0);
    expect(await collect(items)).toEqual(['item 1', 'item 2', 'item 3']);
    expect(started).toBe(1);
  });

  it('turns an error met making or reading the items into a last item', async () => {
    const onError = (error: unknown): string => `skipped: ${(error as Error).message}`;
    expect(await collect(deferredItems(() => upTo(5, 3), onError))).toEqual(['item 1', 'item 2', 'skipped: broke at 3']);
    expect(await collect(deferredItems(() => Promise.reject(new Error('no file')), onError))).toEqual(['skipped: no file']);
  });

  it('throws the error on when it is given no way to turn it into an item', async () => {
    await expect(collect(deferredItems(() => upTo(5, 2)))).rejects.toThrow('broke at 2');
  });
});
