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

/** Counts per month from `first` to `last`, inclusive, of counts keyed "YYYY-MM" (GET /api/summary's `months`). */
export function histogram(months: Readonly<Record<string, number>>, first: number, last: number): number[] {
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const [month, n] of Object.entries(months)) {
    const i = monthIndex(month) - first;
    if (i >= 0 && i < counts.length) counts[i] += n;
  }
  return counts;
}
