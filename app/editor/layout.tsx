/** The editor's document (it is not an edition of the site): English, with the catalogue its previews need. */
import type { Metadata } from 'next';
import { catalogues } from '@/lib/shared/i18n';
import { LocaleProvider } from '@/components/i18n/locale';
import { text } from '@/components/editor/text';

export const metadata: Metadata = { title: text.title, robots: { index: false, follow: false } };

export default function EditorLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <LocaleProvider locale="en" messages={catalogues.en}>
          {children}
        </LocaleProvider>
      </body>
    </html>
  );
}
