/**
 * The incident's record below its summary: sources and excerpts, claims,
 * disagreements, notes, further reporting, related incidents, corrections.
 * One list for the incident page and the editor's preview of it.
 */
import type { Locale } from '@/lib/shared/i18n';
import type { ApiFeature } from '@/lib/shared/types';
import { Sources } from './Sources';
import { Claims, Disagreements } from './Disputes';
import { Corrections, FurtherReporting, Notes, Related, type RelatedLink } from './More';

export function IncidentRecord({
  locale,
  p,
  related,
}: {
  locale: Locale;
  p: ApiFeature['properties'];
  related: RelatedLink[];
}) {
  return (
    <>
      <Sources locale={locale} sources={p.sources} />
      <Claims locale={locale} p={p} />
      <Disagreements locale={locale} p={p} />
      <Notes locale={locale} p={p} />
      <FurtherReporting locale={locale} p={p} />
      <Related locale={locale} related={related} />
      <Corrections locale={locale} p={p} />
    </>
  );
}
