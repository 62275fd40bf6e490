'use client';
/**
 * The panel beside the map: how many incidents are in view, the filters,
 * the legend, what to do when nothing matches, and the list itself.
 */
import type { ApiFeature } from '@/lib/types';
import type { MapFilters } from '@/lib/url-state';
import { Filters } from '../filters/Filters';
import { useT } from '../i18n/locale';
import { Legend } from '../legend/Legend';
import { IncidentList } from '../list/IncidentList';

export interface ListPanelProps {
  /** Every incident matching the filters. */
  features: ApiFeature[];
  /** Those of them in the map's view, newest first. */
  inView: ApiFeature[];
  filters: MapFilters;
  dates: readonly string[];
  selectedId?: string;
  onChoose: (id: string) => void;
  onFilters: (filters: MapFilters, mode?: 'push' | 'replace') => void;
  onShowAll: () => void;
}

export function ListPanel({ features, inView, filters, dates, selectedId, onChoose, onFilters, onShowAll }: ListPanelProps) {
  const { t } = useT();
  return (
    <>
      <h2 id="panel-heading" className="panel__heading">
        {t('list.heading')}
      </h2>
      <p className="panel__count" aria-live="polite">
        {t('list.count', { shown: inView.length, count: features.length })}
      </p>
      <Filters filters={filters} dates={dates} onChange={onFilters} />
      <Legend />
      {features.length === 0 ? (
        <div className="panel__empty">
          <p>{t('list.empty')}</p>
          <button type="button" onClick={() => onFilters({ setting: [], agency: [] })}>
            {t('filters.clear')}
          </button>
        </div>
      ) : inView.length === 0 ? (
        <div className="panel__empty">
          <p>{t('list.emptyInView')}</p>
          <button type="button" onClick={onShowAll}>
            {t('list.showAll')}
          </button>
        </div>
      ) : null}
      <IncidentList features={inView} selectedId={selectedId} onChoose={onChoose} />
    </>
  );
}
