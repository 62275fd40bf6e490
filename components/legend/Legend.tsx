'use client';
/** What the map's marks mean: a badge per kind of place, and how precision is drawn. */
import { SETTING_VALUES } from '@/lib/shared/url-state';
import { useT } from '../i18n/locale';
import { settingBadge } from '@/lib/shared/setting-glyphs';

const exactPin = `${settingBadge('other', 20)}<span class="legend__tail"></span>`;

export function Legend() {
  const { t } = useT();
  return (
    <details className="legend">
      <summary>{t('legend.heading')}</summary>
      <h3 className="legend__heading">{t('legend.settings')}</h3>
      <ul className="legend__list">
        {SETTING_VALUES.map((s) => (
          <li key={s}>
            <span
              className="legend__mark"
              aria-hidden="true"
              dangerouslySetInnerHTML={{ __html: settingBadge(s, 20) }}
            />
            {t(`setting.${s}`)}
          </li>
        ))}
      </ul>
      <ul className="legend__list">
        <li>
          <span
            className="legend__mark legend__mark--pin"
            aria-hidden="true"
            dangerouslySetInnerHTML={{ __html: exactPin }}
          />
          {t('legend.exact')}
        </li>
        <li>
          <span
            className="legend__mark legend__mark--approximate"
            aria-hidden="true"
            dangerouslySetInnerHTML={{ __html: settingBadge('other', 20, true) }}
          />
          {t('legend.approximate')}
        </li>
        <li>
          <span className="legend__mark legend__mark--area" aria-hidden="true" />
          {t('legend.area')}
        </li>
        <li>
          <span className="legend__mark legend__mark--cluster" aria-hidden="true">
            3
          </span>
          {t('legend.cluster')}
        </li>
      </ul>
    </details>
  );
}
