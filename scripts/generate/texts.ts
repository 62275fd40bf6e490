/**
 * Words for synthetic incidents and their sources. Source texts are built
 * from sentences, and excerpts are whole sentences of them, so every excerpt
 * is verbatim and quotes whole words, as the data check demands.
 */
import type { Random } from './random';
import type { Setting } from '@/lib/shared/schema';

export const SETTING_WEIGHTS: readonly (readonly [Setting, number])[] = [
  ['workplace', 26],
  ['street', 24],
  ['residence', 18],
  ['courthouse', 12],
  ['medical-facility', 6],
  ['place-of-worship', 5],
  ['other', 9],
];

const PLACE_NAMES: Record<Setting, readonly string[]> = {
  'medical-facility': ['Community Health Clinic', 'Family Medical Center', 'Urgent Care Center', 'Regional Hospital'],
  'place-of-worship': [
    "St. Joseph's Church",
    'Iglesia Cristiana',
    'Our Lady of Guadalupe Parish',
    'First Baptist Church',
  ],
  courthouse: ['Immigration Court', 'County Courthouse', 'Superior Court', 'Federal Building'],
  workplace: [
    'car wash',
    'construction site',
    'packing plant',
    'restaurant',
    'farm',
    'home improvement store parking lot',
  ],
  street: ['bus stop', 'street corner', 'traffic stop', 'day-labor corner'],
  residence: ['apartment complex', 'family home', 'mobile home park'],
  other: ['swap meet', 'park', 'school drop-off', 'gas station'],
};

const STREETS = [
  'Main St',
  'Broadway',
  'Oak Ave',
  'Mission Blvd',
  'Central Ave',
  'Washington St',
  'Valley Rd',
  'Market St',
];

const WHAT_EN: Record<Setting, string> = {
  'medical-facility': 'at a medical facility',
  'place-of-worship': 'at a place of worship',
  courthouse: 'at a courthouse',
  workplace: 'at a workplace',
  street: 'on the street',
  residence: 'at a residence',
  other: 'in a public place',
};
const WHAT_ES: Record<Setting, string> = {
  'medical-facility': 'en un centro médico',
  'place-of-worship': 'en un lugar de culto',
  courthouse: 'en un tribunal',
  workplace: 'en un lugar de trabajo',
  street: 'en la calle',
  residence: 'en una vivienda',
  other: 'en un lugar público',
};
const AGENCY_EN: Record<string, string> = {
  ice: 'ICE',
  'border-patrol': 'Border Patrol',
  cbp: 'CBP',
  dhs: 'DHS',
  'local-police': 'local police',
  other: 'federal',
};

/** The lowercase place names in Spanish: descriptions, unlike proper names, have both editions' words. */
const PLACE_DESCRIPTIONS_ES: Record<string, string> = {
  'car wash': 'Un lavadero de coches',
  'construction site': 'Una obra',
  'packing plant': 'Una planta empacadora',
  restaurant: 'Un restaurante',
  farm: 'Una granja',
  'home improvement store parking lot': 'El estacionamiento de una ferretería',
  'bus stop': 'Una parada de autobús',
  'street corner': 'Una esquina',
  'traffic stop': 'Un control de tráfico',
  'day-labor corner': 'Una esquina de jornaleros',
  'apartment complex': 'Un complejo de apartamentos',
  'family home': 'Una casa familiar',
  'mobile home park': 'Un parque de casas móviles',
  'swap meet': 'Un mercadillo',
  park: 'Un parque',
  'school drop-off': 'La entrada de una escuela',
  'gas station': 'Una gasolinera',
};

/** A proper name ("Fresno Immigration Court") as a string; a description ("A car wash in Fresno") in both languages. */
export function placeName(r: Random, setting: Setting, city: string): string | { en: string; es: string } {
  const base = r.pick(PLACE_NAMES[setting]);
  return /^[A-Z]/.test(base)
    ? `${city} ${base}`
    : { en: `A ${base} in ${city}`, es: `${PLACE_DESCRIPTIONS_ES[base]} en ${city}` };
}

/** Who translates synthetic excerpts: no one; the words say so. */
const SYNTHETIC_TRANSLATOR = {
  en: 'npm run generate (synthetic, not a translation)',
  es: 'npm run generate (sintética, no es una traducción)',
};

/** A verbatim synthetic excerpt with a stand-in "translation" into the other edition's language, as the check requires. */
export function excerptWithTranslation(text: string, language: 'en' | 'es') {
  const other = language === 'en' ? 'es' : 'en';
  const marker = other === 'es' ? '[traducción sintética]' : '[synthetic translation]';
  return { text, translations: { [other]: { text: `${marker} ${text}`, translator: SYNTHETIC_TRANSLATOR } } };
}

export function address(r: Random): string {
  return `${r.int(100, 9899)} ${r.pick(STREETS)}`;
}

export function titles(setting: Setting, agency: string, city: string, state: string): { en: string; es: string } {
  return {
    en: `${AGENCY_EN[agency]} arrest ${WHAT_EN[setting]} in ${city}, ${state}`,
    es: `Arresto de ${AGENCY_EN[agency] === 'local police' ? 'la policía local' : AGENCY_EN[agency]} ${WHAT_ES[setting]} en ${city}, ${state}`,
  };
}

export function summaries(r: Random, setting: Setting, agency: string, city: string): { en: string; es: string } {
  const n = r.int(1, 6);
  return {
    en: `Synthetic incident for testing at scale. Sources report that ${AGENCY_EN[agency]} officers detained ${n} ${n === 1 ? 'person' : 'people'} ${WHAT_EN[setting]} in ${city}.`,
    es: `Incidente sintético para pruebas a escala. Las fuentes informan de que agentes detuvieron a ${n} ${n === 1 ? 'persona' : 'personas'} ${WHAT_ES[setting]} en ${city}.`,
  };
}

const SUBJECT_EN = [
  'Witnesses said',
  'Neighbors said',
  'Organizers said',
  'A spokesperson said',
  'Relatives said',
  'Advocates said',
];
const ACT_EN = [
  'agents in unmarked vehicles detained',
  'officers in tactical vests arrested',
  'federal agents questioned and then detained',
  'plainclothes officers took into custody',
];
const WHO_EN = [
  'two men',
  'a woman',
  'three workers',
  'a father of four',
  'a teenager',
  'several people',
  'a longtime resident',
];
const WHERE_EN: Record<Setting, readonly string[]> = {
  'medical-facility': ['inside the clinic waiting room', 'outside the hospital entrance', 'in the clinic parking lot'],
  'place-of-worship': ['after the morning service', 'in the church parking lot', 'outside the parish hall'],
  courthouse: ['after a scheduled hearing', 'in the hallway outside the courtroom', 'on the courthouse steps'],
  workplace: ['during the morning shift', 'at the loading dock', 'as the crew arrived for work'],
  street: ['at a bus stop', 'during a traffic stop', 'on a busy corner'],
  residence: ['at their home before dawn', 'outside the apartment building', 'in the driveway'],
  other: ['near the entrance', 'in a crowded parking lot', 'at a weekend market'],
};
const CLOSERS_EN = [
  'The agency did not respond to a request for comment.',
  'Local officials said they had not been notified in advance.',
  'A rapid-response network posted video of the arrest on social media.',
  'The detained were taken to a processing center, according to family members.',
  'Community groups held a vigil the following evening.',
];

const SUBJECT_ES = ['Según testigos,', 'Según los vecinos,', 'Según los organizadores,', 'Según familiares,'];
const ACT_ES = [
  'agentes en vehículos sin identificar detuvieron a',
  'agentes federales arrestaron a',
  'oficiales vestidos de civil se llevaron a',
];
const WHO_ES = ['dos hombres', 'una mujer', 'tres trabajadores', 'un padre de familia', 'varias personas'];
const WHERE_ES: Record<Setting, readonly string[]> = {
  'medical-facility': ['en la sala de espera de la clínica', 'a la entrada del hospital'],
  'place-of-worship': ['después de la misa', 'en el estacionamiento de la iglesia'],
  courthouse: ['después de una audiencia', 'en el pasillo del tribunal'],
  workplace: ['durante el turno de la mañana', 'en el muelle de carga'],
  street: ['en una parada de autobús', 'durante un control de tráfico'],
  residence: ['en su casa antes del amanecer', 'frente al edificio de apartamentos'],
  other: ['cerca de la entrada', 'en un mercado de fin de semana'],
};
const CLOSERS_ES = [
  'La agencia no respondió a una solicitud de comentarios.',
  'Grupos comunitarios convocaron una vigilia esa misma noche.',
];

export interface SourceText {
  /** The archived text. */
  text: string;
  /** Its reporting sentences by setting: excerpts are drawn from these. */
  sentences: Map<Setting, string[]>;
  /** A caption or link line that is not reporting, if any. */
  nonReporting?: { kind: 'photo-caption' | 'related-link'; text: string; quotable: boolean; note: string };
}

/** An archived article: paragraphs of sentences about several settings, numbered so each one is distinct. */
export function sourceText(r: Random, language: 'en' | 'es', tag: number): SourceText {
  const sentences = new Map<Setting, string[]>();
  const all: string[] = [];
  const count = r.int(12, 24);
  for (let i = 0; i < count; i++) {
    const setting = r.weighted(SETTING_WEIGHTS);
    const s =
      language === 'en'
        ? `${r.pick(SUBJECT_EN)} ${r.pick(ACT_EN)} ${r.pick(WHO_EN)} ${r.pick(WHERE_EN[setting])} on report ${tag}-${i + 1}.`
        : `${r.pick(SUBJECT_ES)} ${r.pick(ACT_ES)} ${r.pick(WHO_ES)} ${r.pick(WHERE_ES[setting])} en el informe ${tag}-${i + 1}.`;
    all.push(s, r.pick(language === 'en' ? CLOSERS_EN : CLOSERS_ES));
    const list = sentences.get(setting);
    if (list) list.push(s);
    else sentences.set(setting, [s]);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < all.length; i += 4) paragraphs.push(all.slice(i, i + 4).join(' '));
  let nonReporting: SourceText['nonReporting'];
  if (r.chance(0.2)) {
    const text = `Related: more coverage of enforcement in the region, item ${tag}`;
    nonReporting = {
      kind: 'related-link',
      text,
      quotable: false,
      note: 'A link line to other articles; not reporting.',
    };
    paragraphs.push(text);
  } else if (r.chance(0.2)) {
    const text = `Photo: people gather outside a federal building, image ${tag}`;
    nonReporting = { kind: 'photo-caption', text, quotable: true, note: 'A photo caption.' };
    paragraphs.splice(1, 0, text);
  }
  return { text: paragraphs.join('\n\n') + '\n', sentences, nonReporting };
}

export const PUBLISHERS = [
  'Valley Ledger',
  'Metro Daily',
  'Border Report Weekly',
  'Community Radio News',
  'The Civic Record',
  'Noticias del Valle',
  'La Voz Comunitaria',
  'Rapid Response Network',
  'Immigrant Rights Coalition',
  'County Court Records',
];
