/**
 * The place of an incident in words, and how precisely it is known:
 * "Approximate location: city of Ontario, CA". Pure.
 */
import type { MessageKey } from '@/lib/i18n/en';
import type { ApiFeature } from '@/lib/types';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** "Name, address" where an address is published, else "Name, City, ST". */
export function placeLine(f: ApiFeature): string {
  const { name, address, city, state } = f.properties.place;
  if (address) return `${name}, ${address}`;
  return [name, city && !name.includes(city) ? city : undefined, state].filter(Boolean).join(', ');
}

/** "City, ST", or the place's name for an area: short, for lists. */
export function shortPlace(f: ApiFeature): string {
  const { name, city, state } = f.properties.place;
  return city ? `${city}, ${state}` : name;
}

export function precisionLine(f: ApiFeature, t: Translate): string {
  const { place, location } = f.properties;
  const where =
    location.precision === 'region' ? place.name : location.precision === 'building' ? place.name : `${place.city ?? place.name}, ${place.state}`;
  return t(`precision.${location.precision}`, { place: where });
}
