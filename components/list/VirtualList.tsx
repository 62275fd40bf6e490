'use client';
/**
 * A long list of incidents, virtualized: only the rows near the panel's
 * scrolled window are in the page (@tanstack/react-virtual, measuring each
 * row's real height). It stays a list for screen readers, each row saying
 * its place in the whole (aria-setsize, aria-posinset), and the keyboard
 * walks it whole: Tab as usual (a row focused near the edge scrolls the next
 * ones in), and the arrow keys, Home and End from row to row. Loaded only
 * when a list is long (IncidentList), so short lists never download it.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { IncidentListProps } from './IncidentList';
import { Row } from './IncidentRow';

/** A row's height before it is measured: one line of title and one of details. */
const ESTIMATED_ROW = 64;

/** The nearest ancestor that scrolls (the panel, or the phone's sheet). */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

export default function VirtualList({ features, selectedId, onChoose }: IncidentListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  // Where the list starts inside its scrolling parent: the filters above it open and close.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- measured after every render; it sets state only when the figure changed
  useLayoutEffect(function measureOffset() {
    const parent = scroller ?? scrollParent(list.current);
    if (parent !== scroller) setScroller(parent);
    if (!parent || !list.current) return;
    const offset = Math.round(
      list.current.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop,
    );
    if (offset !== margin) setMargin(offset);
  });
  const virtualizer = useVirtualizer({
    count: features.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (i) => features[i].id,
  });
  const pendingFocus = useRef<number>(undefined);

  /** Focuses row `i`, scrolling it into the window (and so into the page) first. */
  const focusRow = useCallback(
    (i: number) => {
      const index = Math.max(0, Math.min(features.length - 1, i));
      const button = list.current?.querySelector<HTMLElement>(`[data-index="${index}"] button`);
      if (button) {
        button.focus();
        return;
      }
      pendingFocus.current = index;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [features.length, virtualizer],
  );
  useLayoutEffect(function focusRowOnceRendered() {
    if (pendingFocus.current === undefined) return;
    const button = list.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"] button`);
    if (button) {
      pendingFocus.current = undefined;
      button.focus();
    }
  });

  function onKeyDown(e: React.KeyboardEvent<HTMLUListElement>) {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const i = Number(row.dataset.index);
    const to =
      e.key === 'ArrowDown'
        ? i + 1
        : e.key === 'ArrowUp'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? features.length - 1
              : undefined;
    if (to === undefined) return;
    e.preventDefault();
    focusRow(to);
  }

  return (
    <ul
      ref={list}
      className="incident-list incident-list--virtual"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const f = features[item.index];
        return (
          <li
            // The incident's own id, not the virtualizer's key for this index: a new answer must never leave a focused row showing another incident.
            key={f.id}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={features.length}
            aria-posinset={item.index + 1}
            // Where the row would be in the whole list.
            style={{ transform: `translateY(${item.start - margin}px)` }}
          >
            <Row feature={f} selected={f.id === selectedId} onChoose={onChoose} />
          </li>
        );
      })}
    </ul>
  );
}
