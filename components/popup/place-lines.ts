/**
 * The place of an incident in words, and how precisely it is known:
 * "Approximate location: city of Ontario, CA". Pure.
 */
import type { MessageKey } from '@/lib/shared/i18n/en';
import { precisionPlace, prose } from '@/lib/shared/i18n/content';
import type { Locale } from '@/lib/shared/i18n/translate';
import type { ApiFeature } from '@/lib/shared/types';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** "Name, address" where an address is published, else "Name, City, ST". */
export function placeLine(f: ApiFeature, locale: Locale): string {
  const { address, city, state } = f.properties.place;
  const name = prose(f.properties.place.name, locale);
  if (address) return `${name}, ${address}`;
  return [name, city && !name.includes(city) ? city : undefined, state].filter(Boolean).join(', ');
}

/** "City, ST", or the place's name for an area: short, for lists. */
export function shortPlace(f: ApiFeature, locale: Locale): string {
  const { name, city, state } = f.properties.place;
  return city ? `${city}, ${state}` : prose(name, locale);
}

export function precisionLine(f: ApiFeature, t: Translate, locale: Locale): string {
  return t(`precision.${f.properties.location.precision}`, { place: precisionPlace(f, locale) });
}
