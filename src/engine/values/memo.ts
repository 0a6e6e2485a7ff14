/**
 * Lead units, statuses and written deadlines repeat on thousands of rows: each distinct text is
 * parsed once. The cache is bounded so that a sheet of unique texts cannot grow it without limit.
 */
export function memoize<T>(parse: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = parse(text);
    cache.set(text, value);
    return value;
  };
}

/** Like memoize, but only for short texts: long ones (task names, reports) rarely repeat. */
export function memoizeShort(parse: (text: string) => string | boolean, maxLength = 64): typeof parse {
  const cached = memoize(parse);
  return (text) => (text.length <= maxLength ? cached(text) : parse(text));
}
