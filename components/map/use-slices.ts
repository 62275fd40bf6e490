'use client';
/**
 * A layer's items added a slice a frame (itemsToDraw): what to draw now, and
 * a frame later the next slice, until every item is drawn. A few hundred
 * markers, or a few dozen county outlines, added at once made one long task.
 */
import { useEffect, useRef, useState } from 'react';
import { itemsToDraw } from './slices';

/** New markers (with their precision circles) or clusters added per frame. */
export const SLICE = 50;

/**
 * The indices of `keys` to draw now: those drawn already and up to `perFrame`
 * new ones per frame since `source` (the layer's data) last changed, the
 * `urgent` first.
 */
export function useSlices(
  source: unknown,
  keys: readonly string[],
  perFrame: number,
  urgent?: (i: number) => boolean,
): number[] {
  // The count of slices resets when the data changes.
  const [slices, setSlices] = useState({ of: source, n: 1 });
  const n = slices.of === source ? slices.n : 1;
  const drawn = useRef(new Set<string>());
  const { draw, waiting } = itemsToDraw(keys, drawn.current, n * perFrame, urgent);

  useEffect(function drawNextSlice() {
    drawn.current = new Set(draw.map((i) => keys[i]));
    if (!waiting) return;
    const frame = requestAnimationFrame(() => setSlices({ of: source, n: n + 1 }));
    return () => cancelAnimationFrame(frame);
  });
  return draw;
}
