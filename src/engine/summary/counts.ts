/** A count by category or by deadline bucket, all at zero: one per key, and the total. */
export function emptyCounts<K extends string>(keys: readonly K[]): { total: number } & Record<K, number> {
  const counts: Record<string, number> = { total: 0 };
  for (const key of keys) counts[key] = 0;
  return counts as { total: number } & Record<K, number>;
}
