/** The Twitter card image of an incident page, the same as its Open Graph image: see lib/og/image.tsx. */
import { getIncident, listIncidents } from '@/lib/incidents';
import { t } from '@/lib/i18n';
import { IMAGE_SIZE, incidentImage } from '@/lib/og/image';
import { notFound } from 'next/navigation';

export const size = IMAGE_SIZE;
export const contentType = 'image/png';
export const alt = t('en', 'incident.shareImageAlt');

export function generateStaticParams() {
  return listIncidents().map((f) => ({ id: f.id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const incident = getIncident((await params).id);
  if (!incident) notFound();
  return incidentImage('en', incident);
}
