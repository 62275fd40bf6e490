/**
 * The 404 page of an edition, for every address no page answers: proxy.ts
 * rewrites those here with status 404 (incident ids that never existed
 * too). It renders the page rather than calling notFound(): under Next
 * 16.4 a notFound() from a page leaves the server's HTML an empty error
 * shell, the message only in the client payload (nothing without
 * JavaScript; vercel/next.js#95613).
 */
import type { Metadata } from 'next';
import { t } from '@/lib/shared/i18n';
import { editionOf } from '../edition';
import { NotFoundView } from '@/components/site/NotFoundView';

type Params = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lang = await editionOf(params);
  return { title: t(lang, 'notFound.title'), robots: { index: false } };
}

export default async function Unknown({ params }: Params) {
  const lang = await editionOf(params);
  return <NotFoundView locale={lang} />;
}
