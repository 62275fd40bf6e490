'use client';
/**
 * The date filter: a histogram of incidents per month with a range you can
 * brush (drag across the chart) or adjust by its two handles, which are
 * sliders for the keyboard (arrows move a month, Home and End go to the
 * ends). A gesture commits its range when it ends.
 */
import { useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/locale';
import { BAR_STEP, CHART_HEIGHT, barPaths } from './bars';
import { firstDay, histogram, lastDay, monthIndex } from './months';

export interface TimelineProps {
  /** How many incidents match every filter but the dates, per month ("YYYY-MM"). */
  months: Readonly<Record<string, number>>;
  from?: string;
  to?: string;
  onChange: (range: { from?: string; to?: string }) => void;
}

type Range = [number, number];

export function Timeline({ months: perMonth, from, to, onChange }: TimelineProps) {
  const { t, locale } = useT();
  const track = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<Range>();
  const drag = useRef<{ kind: 'brush' | 'start' | 'end'; anchor: number }>(undefined);

  const domain = useMemo<Range | undefined>(() => {
    const months = [...Object.keys(perMonth), ...(from ? [from] : []), ...(to ? [to] : [])].map(monthIndex);
    if (!months.length) return undefined;
    return [Math.min(...months), Math.max(...months)];
  }, [perMonth, from, to]);
  if (!domain) return null;

  const [first, last] = domain;
  const n = last - first + 1;
  const counts = histogram(perMonth, first, last);
  const max = Math.max(1, ...counts);
  const committed: Range = [from ? monthIndex(from) - first : 0, to ? monthIndex(to) - first : n - 1];
  const [start, end] = draft ?? committed;
  const bars = barPaths(counts, max, start, end);
  const short = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const label = (i: number) => short.format(new Date(Date.UTC(Math.floor((first + i) / 12), (first + i) % 12, 1)));

  function commit([a, b]: Range) {
    setDraft(undefined);
    const whole = a <= 0 && b >= n - 1;
    onChange(
      whole ? {} : { from: a > 0 ? firstDay(first + a) : undefined, to: b < n - 1 ? lastDay(first + b) : undefined },
    );
  }

  function monthAt(clientX: number): number {
    const box = track.current!.getBoundingClientRect();
    return Math.max(0, Math.min(n - 1, Math.floor(((clientX - box.left) / box.width) * n)));
  }

  function onPointerDown(e: React.PointerEvent, kind: 'brush' | 'start' | 'end') {
    e.preventDefault();
    e.stopPropagation();
    track.current!.setPointerCapture(e.pointerId);
    const at = monthAt(e.clientX);
    drag.current = { kind, anchor: kind === 'brush' ? at : kind === 'start' ? end : start };
    if (kind === 'brush') setDraft([at, at]);
  }

  function onPointerMove(e: React.PointerEvent) {
    const d = drag.current;
    if (!d) return;
    const at = monthAt(e.clientX);
    setDraft([Math.min(d.anchor, at), Math.max(d.anchor, at)]);
  }

  function onPointerUp() {
    if (!drag.current) return;
    drag.current = undefined;
    commit([start, end]);
  }

  function onKey(e: React.KeyboardEvent, which: 'start' | 'end') {
    const value = which === 'start' ? start : end;
    const next =
      e.key === 'ArrowLeft' || e.key === 'ArrowDown'
        ? value - 1
        : e.key === 'ArrowRight' || e.key === 'ArrowUp'
          ? value + 1
          : e.key === 'PageDown'
            ? value - 12
            : e.key === 'PageUp'
              ? value + 12
              : e.key === 'Home'
                ? 0
                : e.key === 'End'
                  ? n - 1
                  : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const clamped = which === 'start' ? Math.max(0, Math.min(next, end)) : Math.min(n - 1, Math.max(next, start));
    commit(which === 'start' ? [clamped, end] : [start, clamped]);
  }

  const pct = (i: number) => `${(i / n) * 100}%`;
  const rangeText =
    start === 0 && end === n - 1 ? t('timeline.all') : t('timeline.range', { from: label(start), to: label(end) });

  return (
    <div className="timeline">
      <div className="timeline__head">
        <span className="timeline__title" id="timeline-title">
          {t('timeline.label')}
        </span>
        <span className="timeline__range" aria-live="polite">
          {rangeText}
        </span>
      </div>
      <div
        ref={track}
        className="timeline__track"
        onPointerDown={(e) => onPointerDown(e, 'brush')}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = undefined;
          setDraft(undefined);
        }}
      >
        <svg
          viewBox={`0 0 ${n * BAR_STEP} ${CHART_HEIGHT}`}
          preserveAspectRatio="none"
          className="timeline__chart"
          aria-hidden="true"
        >
          <path d={bars.outside} className="timeline__bar" />
          <path d={bars.inRange} className="timeline__bar timeline__bar--in" />
        </svg>
        <div className="timeline__selection" style={{ left: pct(start), width: pct(end - start + 1) }} />
        {(['start', 'end'] as const).map((which) => {
          const value = which === 'start' ? start : end;
          return (
            <div
              key={which}
              role="slider"
              tabIndex={0}
              className={`timeline__handle timeline__handle--${which}`}
              style={{ left: pct(which === 'start' ? start : end + 1) }}
              aria-label={t(which === 'start' ? 'timeline.start' : 'timeline.end')}
              aria-valuemin={0}
              aria-valuemax={n - 1}
              aria-valuenow={value}
              aria-valuetext={label(value)}
              onPointerDown={(e) => onPointerDown(e, which)}
              onKeyDown={(e) => onKey(e, which)}
            />
          );
        })}
      </div>
      <div className="timeline__axis" aria-hidden="true">
        <span>{label(0)}</span>
        <span>{label(n - 1)}</span>
      </div>
    </div>
  );
}
