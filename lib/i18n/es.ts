import type { Catalogue } from './index';

/** The Spanish message catalogue: the same keys as en.ts. */
export const es: Catalogue = {
  'site.name': 'Mapa de incidentes',
  'site.tagline': 'Operativos de inmigración denunciados, con las palabras de las fuentes detrás de cada punto.',

  'setting.medical-facility': 'Centro médico',
  'setting.place-of-worship': 'Lugar de culto',
  'setting.courthouse': 'Tribunal',
  'setting.workplace': 'Lugar de trabajo',
  'setting.street': 'Calle',
  'setting.residence': 'Vivienda',
  'setting.other': 'Otro',

  'agency.ice': 'ICE',
  'agency.border-patrol': 'Patrulla Fronteriza',
  'agency.cbp': 'CBP',
  'agency.dhs': 'DHS',
  'agency.local-police': 'Policía local',
  'agency.other': 'Otra agencia',

  'precision.building': 'Edificio exacto',
  'precision.street': 'Ubicación aproximada: calle de {place}',
  'precision.city': 'Ubicación aproximada: ciudad de {place}',
  'precision.region': 'Zona: {place}',

  'datePrecision.day': 'día exacto',
  'datePrecision.month': 'solo el mes',
  'datePrecision.year': 'solo el año',

  'sourceKind.news': 'Noticia',
  'sourceKind.advocacy': 'Organización de defensa',
  'sourceKind.official-statement': 'Comunicado oficial',
  'sourceKind.court-record': 'Expediente judicial',

  'popup.sources': { one: '{count} fuente', other: '{count} fuentes' },
  'popup.photoCaption': 'Pie de foto',
  'popup.readMore': 'Página del incidente',
  'popup.sourceLink': 'Leer la fuente',
};
