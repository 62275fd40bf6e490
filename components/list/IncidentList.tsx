'use client';
/**
 * Every incident in view as a list of buttons, newest first: the way to
 * reach each one by keyboard or screen reader. Choosing one opens it.
 *
 * A long list (up to the 2,000 incidents one answer of the API may hold) is
 * virtualized: only the rows near the panel's scrolled window are in the
 * page (@tanstack/react-virtual, measuring each row's real height). It stays
 * a list for screen readers, each row saying its place in the whole
 * (aria-setsize, aria-posinset), and the keyboard walks it whole: Tab as
 * usual (a row focused near the edge scrolls the next ones in), and the
 * arrow keys, Home and End from row to row.
 */
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ApiFeature } from '@/lib/types';
import { useT } from '../i18n/locale';
import { settingBadge } from '../map/setting-glyphs';
import { shortPlace } from '../popup/place-lines';
import { incidentText } from '@/lib/i18n/content';

export interface IncidentListProps {
  features: ApiFeature[];
  selectedId?: string;
  onChoose: (id: string) => void;
}

/** Up to this many rows are all rendered (and server-rendered): virtualizing a short list buys nothing. */
export const VIRTUALIZE_ABOVE = 100;
/** A row's height before it is measured: one line of title and one of details. */
const ESTIMATED_ROW = 64;

interface RowProps {
  feature: ApiFeature;
  selected: boolean;
  onChoose: (id: string) => void;
}

const Row = memo(function Row({ feature: f, selected, onChoose }: RowProps) {
  const { t, date, locale } = useT();
  const p = f.properties;
  return (
    <button type="button" className="incident-list__item" data-incident-id={f.id} aria-current={selected ? 'true' : undefined} onClick={() => onChoose(f.id)}>
      <span className="incident-list__icon" aria-hidden="true" dangerouslySetInnerHTML={{ __html: settingBadge(p.setting, 24, p.location.precision !== 'building') }} />
      <span className="incident-list__text">
        <span className="incident-list__title">{incidentText(p, locale).title}</span>
        <span className="incident-list__meta">
          <time dateTime={p.date}>{date(p.date)}</time> · {shortPlace(f)} · {t(`setting.${p.setting}`)}
        </span>
      </span>
    </button>
  );
});

export function IncidentList(props: IncidentListProps) {
  return props.features.length > VIRTUALIZE_ABOVE ? <LongList {...props} /> : <ShortList {...props} />;
}

function ShortList({ features, selectedId, onChoose }: IncidentListProps) {
  return (
    <ul className="incident-list">
      {features.map((f) => (
        <li key={f.id}>
          <Row feature={f} selected={f.id === selectedId} onChoose={onChoose} />
        </li>
      ))}
    </ul>
  );
}

/** The nearest ancestor that scrolls (the panel, or the phone's sheet). */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

function LongList({ features, selectedId, onChoose }: IncidentListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  // Where the list starts inside its scrolling parent: the filters above it open and close.
  useLayoutEffect(function measureOffset() {
    const parent = scroller ?? scrollParent(list.current);
    if (parent !== scroller) setScroller(parent);
    if (!parent || !list.current) return;
    const offset = Math.round(list.current.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
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
    const to = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? features.length - 1 : undefined;
    if (to === undefined) return;
    e.preventDefault();
    focusRow(to);
  }

  return (
    <ul ref={list} className="incident-list incident-list--virtual" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
      {virtualizer.getVirtualItems().map((item) => {
        const f = features[item.index];
        return (
          <li
            key={item.key}
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
