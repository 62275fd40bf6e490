import { describe, expect, it } from 'vitest';
import { apaCitation, localToday, plainCitation } from './citation';
import { i18n } from './i18n';

const parts = {
  title: 'Man detained outside the San Francisco immigration court',
  site: 'Incident map',
  url: 'https://example.org/incidents/sf',
  updated: '2026-11-24',
};

describe('citations', () => {
  it('plain: title, map, permanent URL, last updated, accessed', () => {
    expect(plainCitation(i18n('en'), parts, '2027-01-05')).toBe(
      '“Man detained outside the San Francisco immigration court.” Incident map. https://example.org/incidents/sf. Last updated November 24, 2026. Accessed January 5, 2027.',
    );
  });

  it('APA 7: group author, (year, month day), title, retrieval date and URL', () => {
    expect(apaCitation(i18n('en'), parts, '2027-01-05')).toBe(
      'Incident map. (2026, November 24). Man detained outside the San Francisco immigration court. Retrieved January 5, 2027, from https://example.org/incidents/sf',
    );
    expect(apaCitation(i18n('es'), { ...parts, site: 'Mapa de incidentes' }, '2027-01-05')).toBe(
      'Mapa de incidentes. (2026, 24 de noviembre). Man detained outside the San Francisco immigration court. Recuperado el 5 de enero de 2027, de https://example.org/incidents/sf',
    );
  });

  it('leaves a blank for the accessed date until the browser knows it', () => {
    expect(plainCitation(i18n('en'), parts)).toMatch(/Accessed \[date accessed\]\.$/);
    expect(apaCitation(i18n('es'), parts)).toContain('Recuperado el [fecha de consulta]');
  });

  it('localToday is the local calendar date', () => {
    expect(localToday(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
