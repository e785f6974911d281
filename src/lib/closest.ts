/** Levenshtein distance between two strings (small inputs: names of params, figures, sources). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The names nearest to `name`, best first (case-insensitive), for "did you mean" messages. */
export function closestNames(name: string, names: readonly string[], count = 3): string[] {
  const key = name.toLowerCase();
  return [...names]
    .map((n) => ({ n, d: editDistance(key, n.toLowerCase()) }))
    .sort((x, y) => x.d - y.d || x.n.localeCompare(y.n))
    .slice(0, count)
    .map((x) => x.n);
}

/** The single nearest name, or "" when there are none. */
export function closest(name: string, names: readonly string[]): string {
  return closestNames(name, names, 1)[0] ?? "";
}
