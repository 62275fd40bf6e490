/** The footer of the site's text pages: license, API, feed. */
import { t, type Locale } from '@/lib/shared/i18n';
import { localePath } from '@/lib/shared/i18n/paths';
import styles from './site.module.css';

export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <footer className={styles.footer}>
      <p>{t(locale, 'footer.license')}</p>
      <p>
        <a href={localePath(locale, '/about#api')}>{t(locale, 'footer.api')}</a> ·{' '}
        <a href={localePath(locale, '/feed.xml')} type="application/atom+xml">
          {t(locale, 'footer.feed')}
        </a>{' '}
        · <a href={localePath(locale, '/about#corrections')}>{t(locale, 'footer.correction')}</a>
      </p>
    </footer>
  );
}
