/** Every filter of /api/incidents, alone and combined, against the six incidents. */
import { describe, expect, it } from 'vitest';
import { ID, ids } from './helpers';

const ALL = Object.values(ID).sort();
const SF_BOX = '-122.6,37.6,-122.3,37.9';
const INLAND_EMPIRE_BOX = '-117.8,33.9,-117.1,34.2';

describe('bbox', () => {
  it('a box around San Francisco returns exactly the SF court incident', async () => {
    expect(await ids(`bbox=${SF_BOX}`)).toEqual([ID.sf]);
  });

  it('a box around the Inland Empire returns Ontario, Montclair, Highland and the diocese area', async () => {
    expect(await ids(`bbox=${INLAND_EMPIRE_BOX}`)).toEqual([ID.diocese, ID.ontario, ID.montclair, ID.highland].sort());
  });

  it('finds an area by its extent even where no point lies (the diocese reaches the Colorado River)', async () => {
    expect(await ids('bbox=-114.8,34.0,-114.5,34.5')).toEqual([ID.diocese]);
  });

  it('a box in the ocean returns nothing', async () => {
    expect(await ids('bbox=-30,10,-20,20')).toEqual([]);
  });

  it('a box crossing the antimeridian (west > east) covers both sides', async () => {
    expect(await ids('bbox=170,20,-100,50')).toEqual(ALL);
    expect(await ids('bbox=170,20,-160,50')).toEqual([]);
  });

  it('accepts the whole world', async () => {
    expect(await ids('bbox=-180,-90,180,90')).toEqual(ALL);
  });
});

describe('from / to', () => {
  it('from=2025-07-01 drops the June 2025 parishes and El Paso 2023', async () => {
    expect(await ids('from=2025-07-01')).toEqual([ID.diocese, ID.ontario, ID.sf].sort());
  });

  it('to=2024-01-01 keeps only El Paso', async () => {
    expect(await ids('to=2024-01-01')).toEqual([ID.elPaso]);
  });

  it('both bounds are inclusive', async () => {
    expect(await ids('from=2025-06-20&to=2025-06-20')).toEqual([ID.montclair, ID.highland].sort());
    expect(await ids('from=2025-07-08')).toEqual([ID.diocese, ID.ontario, ID.sf].sort());
    expect(await ids('to=2025-07-07')).toEqual([ID.montclair, ID.highland, ID.elPaso].sort());
  });

  it('a range with no incident returns nothing', async () => {
    expect(await ids('from=2024-01-01&to=2025-06-19')).toEqual([]);
  });
});

describe('setting', () => {
  it('courthouse returns SF only', async () => {
    expect(await ids('setting=courthouse')).toEqual([ID.sf]);
  });

  it('is repeatable, or comma-separated, and means "any of"', async () => {
    const expected = [ID.ontario, ID.sf].sort();
    expect(await ids('setting=courthouse&setting=medical-facility')).toEqual(expected);
    expect(await ids('setting=courthouse,medical-facility')).toEqual(expected);
  });

  it('place-of-worship returns the four church incidents', async () => {
    expect(await ids('setting=place-of-worship')).toEqual([ID.diocese, ID.montclair, ID.highland, ID.elPaso].sort());
  });

  it('a known setting without incidents returns nothing', async () => {
    expect(await ids('setting=workplace')).toEqual([]);
  });
});

describe('agency', () => {
  it('border-patrol returns El Paso only', async () => {
    expect(await ids('agency=border-patrol')).toEqual([ID.elPaso]);
  });

  it('is repeatable and means "any of"', async () => {
    expect(await ids('agency=border-patrol&agency=local-police')).toEqual([ID.elPaso]);
    expect(await ids('agency=border-patrol&agency=ice')).toEqual(ALL);
  });

  it('ice returns every incident but El Paso', async () => {
    expect(await ids('agency=ice')).toEqual(ALL.filter((id) => id !== ID.elPaso));
  });
});

describe('q', () => {
  it('finds SF through its excerpt ("clinging to its hood")', async () => {
    expect(await ids('q=clinging')).toEqual([ID.sf]);
    // Words match from their beginning: "hood" does not find "neighbourhood" (Highland).
    expect(await ids('q=hood')).toEqual([ID.sf]);
  });

  it('finds El Paso through its Spanish title', async () => {
    expect(await ids('q=Sagrado')).toEqual([ID.elPaso]);
  });

  it('ignores case and accents, in the query and in the text', async () => {
    expect(await ids('q=SAGRADO%20corazon')).toEqual([ID.elPaso]);
    expect(await ids(`q=${encodeURIComponent('Corazón')}`)).toEqual([ID.elPaso]);
    expect(await ids('q=CLINGING')).toEqual([ID.sf]);
  });

  it('needs every word', async () => {
    expect(await ids('q=Sagrado%20clinging')).toEqual([]);
  });

  it('a blank q filters nothing; an unknown word finds nothing', async () => {
    expect(await ids('q=%20%20')).toEqual(ALL);
    expect(await ids('q=')).toEqual(ALL);
    expect(await ids('q=xylophone')).toEqual([]);
  });
});

describe('combined filters', () => {
  it('all must hold', async () => {
    expect(await ids(`bbox=${INLAND_EMPIRE_BOX}&setting=place-of-worship`)).toEqual(
      [ID.diocese, ID.montclair, ID.highland].sort(),
    );
    expect(await ids(`bbox=${INLAND_EMPIRE_BOX}&setting=place-of-worship&from=2025-07-01`)).toEqual([ID.diocese]);
    // The diocese's notes name St. Adelaide too: q reads the whole record, notes included (issue 22).
    expect(await ids(`bbox=${INLAND_EMPIRE_BOX}&setting=place-of-worship&q=Adelaide`)).toEqual(
      [ID.diocese, ID.highland].sort(),
    );
    expect(await ids(`bbox=${INLAND_EMPIRE_BOX}&setting=place-of-worship&q=Adelaide&to=2025-06-30`)).toEqual([
      ID.highland,
    ]);
    expect(await ids('setting=courthouse&agency=border-patrol')).toEqual([]);
    expect(await ids('agency=ice&to=2025-06-30&setting=place-of-worship')).toEqual([ID.montclair, ID.highland].sort());
  });

  it('format=geojson is the default and changes nothing', async () => {
    expect(await ids('format=geojson&setting=courthouse')).toEqual([ID.sf]);
  });
});
