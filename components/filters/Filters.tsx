'use client';
/**
 * The filters: text search, kinds of place, agencies, the timeline, and a
 * way to clear them all. Each change is one state of the URL; typing
 * rewrites the current entry rather than adding one per keystroke.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { AGENCY_VALUES, MAX_QUERY_LENGTH, SETTING_VALUES, hasFilters, type MapFilters } from '@/lib/shared/url-state';
import { useT } from '../i18n/locale';
import { settingBadge } from '@/lib/shared/setting-glyphs';
import { Timeline } from '../timeline/Timeline';

export interface FiltersProps {
  filters: MapFilters;
  /** Incidents matching every filter but the dates, per month (the timeline's histogram). */
  months: Readonly<Record<string, number>>;
  onChange: (filters: MapFilters, mode?: 'push' | 'replace') => void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function Filters({ filters, months, onChange }: FiltersProps) {
  const { t } = useT();
  const [text, setText] = useState(filters.q ?? '');
  const [moreOpen, setMoreOpen] = useState(filters.setting.length > 0 || filters.agency.length > 0);

  // Follow the URL (Back, Clear filters) unless the box already says the same.
  useEffect(
    function followQuery() {
      setText((current) => (current.trim() === (filters.q ?? '') ? current : (filters.q ?? '')));
    },
    [filters.q],
  );

  // Only typing starts a search: the filters it goes with are read as the text changes, not watched.
  const searchSoon = useEffectEvent((q: string | undefined) => {
    if (q === filters.q) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, q }, 'replace'), 350);
    return () => clearTimeout(timer);
  });
  useEffect(
    function searchAsYouType() {
      return searchSoon(text.trim() || undefined);
    },
    [text],
  );

  return (
    <div className="filters">
      <form
        role="search"
        className="filters__search"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ ...filters, q: text.trim() || undefined });
        }}
      >
        <label htmlFor="filter-q">{t('filters.search')}</label>
        <input
          id="filter-q"
          type="search"
          value={text}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
        />
      </form>
      <Timeline
        months={months}
        from={filters.from}
        to={filters.to}
        onChange={(range) => onChange({ ...filters, from: range.from, to: range.to })}
      />
      <details className="filters__more" open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary>{t('filters.more')}</summary>
        <fieldset className="filters__group">
          <legend>{t('filters.setting')}</legend>
          {SETTING_VALUES.map((s) => (
            <label key={s} className="filters__option">
              <input
                type="checkbox"
                checked={filters.setting.includes(s)}
                onChange={() => onChange({ ...filters, setting: toggle(filters.setting, s) })}
              />
              <span
                className="filters__icon"
                aria-hidden="true"
                dangerouslySetInnerHTML={{ __html: settingBadge(s, 20) }}
              />
              {t(`setting.${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="filters__group">
          <legend>{t('filters.agency')}</legend>
          {AGENCY_VALUES.map((a) => (
            <label key={a} className="filters__option">
              <input
                type="checkbox"
                checked={filters.agency.includes(a)}
                onChange={() => onChange({ ...filters, agency: toggle(filters.agency, a) })}
              />
              {t(`agency.${a}`)}
            </label>
          ))}
        </fieldset>
      </details>
      {hasFilters(filters) ? (
        <button type="button" className="filters__clear" onClick={() => onChange({ setting: [], agency: [] })}>
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
