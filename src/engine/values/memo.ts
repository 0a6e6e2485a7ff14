/**
 * Lead units, statuses, written deadlines and date serials repeat on thousands of rows: each
 * distinct text or number is parsed once, and the rows share its one result. The cache is bounded
 * so that a sheet of unique values cannot grow it without limit.
 */
export function memoize<T, K extends string | number = string>(parse: (key: K) => T, limit = 20_000): (key: K) => T {
  const cache = new Map<K, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = parse(key);
    cache.set(key, value);
    return value;
  };
}

/** Like memoize, but only for short texts: long ones (task names, reports) rarely repeat. */
export function memoizeShort(parse: (text: string) => string | boolean, maxLength = 64): typeof parse {
  const cached = memoize(parse);
  return (text) => (text.length <= maxLength ? cached(text) : parse(text));
}
