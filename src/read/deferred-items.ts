/**
 * The items of an iterable made when the first is asked for, handed on as
 * they come; an error met making or reading it becomes a last item by
 * `onError` (or is thrown on without it). An iterator by hand, not a
 * generator: a survey's rows pass through every layer of reading, and each
 * generator between costs each row a few promises (a tenth of a survey's time).
 */
export function deferredItems<T>(start: () => AsyncIterable<T> | Promise<AsyncIterable<T>>, onError?: (error: unknown) => T): AsyncIterableIterator<T> {
  let inner: AsyncIterator<T> | undefined;
  let finished = false;
  const end = (): IteratorResult<T> => ({ done: true, value: undefined });
  const fail = (error: unknown): IteratorResult<T> => {
    finished = true;
    if (!onError) throw error;
    return { done: false, value: onError(error) };
  };
  const step = (): Promise<IteratorResult<T>> => inner!.next().then(undefined, fail);
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (finished) return Promise.resolve(end());
      if (inner) return step();
      return Promise.resolve()
        .then(start)
        .then((items) => {
          inner = items[Symbol.asyncIterator]();
          return step();
        }, fail);
    },
    async return() {
      finished = true;
      await inner?.return?.();
      return end();
    },
  };
}
