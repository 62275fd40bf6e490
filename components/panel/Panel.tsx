'use client';
/**
 * The panel's frame. On a wide screen, a column beside the map. On a phone,
 * a bottom sheet over the map: a handle that peeks with the count and
 * slides the sheet up or down; while down, its body is inert, so the
 * keyboard and screen readers skip what cannot be seen.
 */
import { useT } from '../i18n/locale';

export interface PanelProps {
  phone: boolean;
  open: boolean;
  onToggle: () => void;
  /** What the handle says while the sheet is down, e.g. "6 of 6 incidents". */
  summary: string;
  children: React.ReactNode;
}

export function Panel({ phone, open, onToggle, summary, children }: PanelProps) {
  const { t } = useT();
  return (
    <section
      className="panel"
      data-sheet={phone ? (open ? 'open' : 'closed') : undefined}
      aria-labelledby="panel-heading"
    >
      {/* Shown by the phone layout only (CSS), so the first paint already has it. */}
      <button type="button" className="sheet-toggle" aria-expanded={open} aria-controls="panel-body" onClick={onToggle}>
        <span className="sheet-toggle__grip" aria-hidden="true" />
        <span>{open ? t('sheet.hide') : t('sheet.show', { summary })}</span>
      </button>
      <div id="panel-body" className="panel__body" inert={phone && !open}>
        {children}
      </div>
    </section>
  );
}
