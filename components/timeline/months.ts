/**
 * Calendar months as integers (year·12 + month − 1), for the timeline's
 * buckets and its range. Pure.
 */
export function monthIndex(date: string): number {
  const [y, m] = date.split('-').map(Number);
  return y * 12 + ((m || 1) - 1);
}

/** 'YYYY-MM' of a month index. */
export function monthString(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function firstDay(index: number): string {
  return `${monthString(index)}-01`;
}

export function lastDay(index: number): string {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${monthString(index)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Counts per month from `first` to `last`, inclusive. */
export function histogram(dates: readonly string[], first: number, last: number): number[] {
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const d of dates) {
    const i = monthIndex(d) - first;
    if (i >= 0 && i < counts.length) counts[i]++;
  }
  return counts;
}
