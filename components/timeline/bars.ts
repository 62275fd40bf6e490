/**
 * The timeline's histogram as two SVG paths, the months in the range and
 * the others, instead of an element per month: a national dataset spans
 * years of months, and with a <rect> per bar the 90 months of 100,000
 * generated incidents were 90 elements and 11 KB of the page's HTML,
 * styled, laid out and painted in the first frame and reconciled on every
 * move of a brush. Pure.
 */

/** Bars are 10 units apart, 8 wide, in a chart 40 high; a full bar is 38. */
export const BAR_STEP = 10;
export const CHART_HEIGHT = 40;
const BAR_WIDTH = 8;
const FULL = 38;

/** A coordinate with at most two decimals, without trailing zeros. */
const num = (x: number) => String(Math.round(x * 100) / 100);

/** One closed rectangle per month with a count, from the chart's bottom up: `M x,y h8 v… h-8 z`. */
function path(counts: readonly number[], max: number, keep: (i: number) => boolean): string {
  let d = '';
  counts.forEach((c, i) => {
    if (c <= 0 || !keep(i)) return;
    const h = (c / max) * FULL;
    d += `M${num(i * BAR_STEP + 1)} ${num(CHART_HEIGHT - h)}h${BAR_WIDTH}v${num(h)}h-${BAR_WIDTH}z`;
  });
  return d;
}

/** The bars of months `start` to `end` (inclusive) and of the others, scaled so that `max` is a full bar. */
export function barPaths(
  counts: readonly number[],
  max: number,
  start: number,
  end: number,
): { inRange: string; outside: string } {
  const within = (i: number) => i >= start && i <= end;
  return { inRange: path(counts, max, within), outside: path(counts, max, (i) => !within(i)) };
}
