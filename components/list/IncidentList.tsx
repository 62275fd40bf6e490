'use client';
/**
 * Every incident in view as a list of buttons, newest first: the way to
 * reach each one by keyboard or screen reader. Choosing one opens it.
 */
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

export function IncidentList({ features, selectedId, onChoose }: IncidentListProps) {
  const { t, date, locale } = useT();
  return (
    <ul className="incident-list">
      {features.map((f) => {
        const p = f.properties;
        return (
          <li key={f.id}>
            <button
              type="button"
              className="incident-list__item"
              data-incident-id={f.id}
              aria-current={f.id === selectedId ? 'true' : undefined}
              onClick={() => onChoose(f.id)}
            >
              <span className="incident-list__icon" aria-hidden="true" dangerouslySetInnerHTML={{ __html: settingBadge(p.setting, 24, p.location.precision !== 'building') }} />
              <span className="incident-list__text">
                <span className="incident-list__title">{incidentText(p, locale).title}</span>
                <span className="incident-list__meta">
                  <time dateTime={p.date}>{date(p.date)}</time> · {shortPlace(f)} · {t(`setting.${p.setting}`)}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
