'use client';
/** A short notice over the map (an unknown incident, tiles that failed), announced politely and dismissable. */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/locale';

export interface MapNoticeProps {
  children: React.ReactNode;
  onDismiss: () => void;
  /** Told how far down the map the notice reaches (px from the map's top), and 0 once it is gone: a popup opened on the map keeps below it. */
  onInset?: (px: number) => void;
}

export function MapNotice({ children, onDismiss, onInset }: MapNoticeProps) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(
    function reportInset() {
      const el = box.current;
      if (!el || !onInset) return;
      // It wraps to more lines on a narrow map, and its text changes with the language.
      const observer = new ResizeObserver(() => onInset(el.offsetTop + el.offsetHeight));
      observer.observe(el);
      return () => {
        observer.disconnect();
        onInset(0);
      };
    },
    [onInset],
  );
  return (
    <div ref={box} className="map-notice" role="status">
      <span>{children}</span>
      <button type="button" onClick={onDismiss} aria-label={t('notice.dismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
