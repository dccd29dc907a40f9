/** Maps each value of an async iterable, passing `return()` through so the source is cleaned up. */
export function mapAsyncIterable<T, U>(source: AsyncIterable<T>, map: (value: T) => U | Promise<U>): AsyncIterableIterator<U> {
  const iterator = source[Symbol.asyncIterator]();
  return {
    async next() {
      const result = await iterator.next();
      return result.done ? result : { value: await map(result.value), done: false };
    },
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      if (iterator.throw) {
        const result = await iterator.throw(error);
        return result.done ? result : { value: await map(result.value), done: false };
      }
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
