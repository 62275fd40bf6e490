/** The header of the site's text pages (incident, about, not found): the map's name and the way back to the map. */
import { t, type Locale } from '@/lib/i18n';
import styles from './site.module.css';

export function SiteHeader({ locale }: { locale: Locale }) {
  return (
    <header className={styles.header}>
      <a href="/" className={styles.brand}>
        {t(locale, 'site.name')}
      </a>
      <nav aria-label={t(locale, 'nav.label')}>
        <a href="/">{t(locale, 'nav.map')}</a>
        <a href="/about">{t(locale, 'nav.about')}</a>
      </nav>
    </header>
  );
}
