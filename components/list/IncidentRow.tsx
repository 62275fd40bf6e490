'use client';
/** One incident in the list: a button with its setting, title, date and place. */
import { memo } from 'react';
import type { ApiFeature } from '@/lib/shared/types';
import { useT } from '../i18n/locale';
import { settingBadge } from '@/lib/shared/setting-glyphs';
import { shortPlace } from '../popup/place-lines';
import { incidentText } from '@/lib/shared/i18n/content';

export interface RowProps {
  feature: ApiFeature;
  selected: boolean;
  onChoose: (id: string) => void;
}

export const Row = memo(function Row({ feature: f, selected, onChoose }: RowProps) {
  const { t, date, locale } = useT();
  const p = f.properties;
  return (
    <button
      type="button"
      className="incident-list__item"
      data-incident-id={f.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onChoose(f.id)}
    >
      <span
        className="incident-list__icon"
        aria-hidden="true"
        dangerouslySetInnerHTML={{ __html: settingBadge(p.setting, 24, p.location.precision !== 'building') }}
      />
      <span className="incident-list__text">
        <span className="incident-list__title">{incidentText(p, locale).title}</span>
        <span className="incident-list__meta">
          <time dateTime={p.date}>{date(p.date)}</time> · {shortPlace(f, locale)} · {t(`setting.${p.setting}`)}
        </span>
      </span>
    </button>
  );
});
