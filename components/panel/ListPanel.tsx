'use client';
/**
 * The panel beside the map: how many incidents are in view, the filters,
 * the legend, what to do when nothing matches, and the list itself.
 */
import type { ApiFeature } from '@/lib/shared/types';
import type { MapFilters } from '@/lib/shared/url-state';
import { Filters } from '../filters/Filters';
import { useT } from '../i18n/locale';
import { Legend } from '../legend/Legend';
import { IncidentList } from '../list/IncidentList';

export interface ListPanelProps {
  /** How many incidents match the filters, on the whole map. */
  total: number;
  /** Those of them in the map's view that it draws one by one, newest first. */
  inView: ApiFeature[];
  /** How many more in view the server grouped into clusters (too many to send one by one). */
  clustered: number;
  filters: MapFilters;
  /** Incidents matching every filter but the dates, per month (the timeline). */
  months: Readonly<Record<string, number>>;
  selectedId?: string;
  onChoose: (id: string) => void;
  /** Closes the open incident (Escape in the list). */
  onClose: (id: string) => void;
  onFilters: (filters: MapFilters, mode?: 'push' | 'replace') => void;
  onShowAll: () => void;
}

export function ListPanel({
  total,
  inView,
  clustered,
  filters,
  months,
  selectedId,
  onChoose,
  onClose,
  onFilters,
  onShowAll,
}: ListPanelProps) {
  const { t } = useT();
  return (
    <>
      <h2 id="panel-heading" className="panel__heading">
        {t('list.heading')}
      </h2>
      <p className="panel__count" aria-live="polite">
        {t('list.count', { shown: inView.length + clustered, count: total })}
      </p>
      <Filters filters={filters} months={months} onChange={onFilters} />
      <Legend />
      {total === 0 ? (
        <div className="panel__empty">
          <p>{t('list.empty')}</p>
          <button type="button" onClick={() => onFilters({ setting: [], agency: [] })}>
            {t('filters.clear')}
          </button>
        </div>
      ) : inView.length + clustered === 0 ? (
        <div className="panel__empty">
          <p>{t('list.emptyInView')}</p>
          <button type="button" onClick={onShowAll}>
            {t('list.showAll')}
          </button>
        </div>
      ) : null}
      {/* Escape in the list closes what it opened, the popup that has not yet taken the focus (the map still flying) included. */}
      <div
        onKeyDown={(e) => {
          if (e.key === 'Escape' && selectedId) {
            e.stopPropagation();
            onClose(selectedId);
          }
        }}
      >
        <IncidentList features={inView} selectedId={selectedId} onChoose={onChoose} />
      </div>
      {clustered > 0 ? <p className="panel__more">{t('list.inClusters', { count: clustered })}</p> : null}
    </>
  );
}
