/**
 * Which of a layer's items to draw now, when new ones are added a slice at a
 * time (a few hundred markers added at once after a zoom made one long task):
 * every item already drawn, then up to `budget` new ones, those `urgent`
 * picks first (the open incident's). Indices in their original order.
 *
 * @example
 * itemsToDraw(['a', 'b', 'c', 'd'], new Set(['b']), 2) // { draw: [0, 1, 2], waiting: 1 }
 */
export function itemsToDraw(
  keys: readonly string[],
  drawn: ReadonlySet<string>,
  budget: number,
  urgent: (i: number) => boolean = () => false,
): { draw: number[]; waiting: number } {
  const show = keys.map((k) => drawn.has(k));
  const fresh = keys.map((_, i) => i).filter((i) => !show[i]);
  const ordered = [...fresh.filter(urgent), ...fresh.filter((i) => !urgent(i))];
  const taken = ordered.slice(0, Math.max(0, budget));
  for (const i of taken) show[i] = true;
  return { draw: keys.map((_, i) => i).filter((i) => show[i]), waiting: fresh.length - taken.length };
}
