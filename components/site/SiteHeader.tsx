/**
 * The header of the site's text pages (incident, about, not found): the
 * map's name, the way back to the map, and the same page in the other
 * language when there is one (`path`, unprefixed, e.g. "/about").
 */
import { offerText, t, type Locale } from '@/lib/shared/i18n';
import { localePath, otherLocale } from '@/lib/shared/i18n/paths';
import { LanguageOffer } from '../i18n/LanguageOffer';
import styles from './site.module.css';

export function SiteHeader({ locale, path }: { locale: Locale; path?: string }) {
  const other = otherLocale(locale);
  return (
    <header className={styles.header}>
      <a href={localePath(locale, '/')} className={styles.brand}>
        {t(locale, 'site.name')}
      </a>
      <LanguageOffer className={styles.offer} text={offerText()} />
      <nav aria-label={t(locale, 'nav.label')}>
        <a href={localePath(locale, '/')}>{t(locale, 'nav.map')}</a>
        <a href={localePath(locale, '/about')}>{t(locale, 'nav.about')}</a>
        {path && (
          <a href={localePath(other, path)} hrefLang={other} lang={other}>
            {t(locale, 'site.otherLanguage')}
          </a>
        )}
      </nav>
    </header>
  );
}
