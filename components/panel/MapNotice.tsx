'use client';
/** A short notice over the map (an unknown incident, tiles that failed), announced politely and dismissable. */
import { useT } from '../i18n/locale';

export function MapNotice({ children, onDismiss }: { children: React.ReactNode; onDismiss: () => void }) {
  const { t } = useT();
  return (
    <div className="map-notice" role="status">
      <span>{children}</span>
      <button type="button" onClick={onDismiss} aria-label={t('notice.dismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
