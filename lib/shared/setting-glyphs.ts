/**
 * One glyph per setting, as SVG markup on a 24×24 grid. Each setting has its
 * own shape (not only its own colour), so the map reads in greyscale and for
 * colour-blind readers. Shared by the markers and the legend.
 */
import type { Setting } from './schema';

export interface SettingStyle {
  /** Fill of the badge behind the glyph. */
  colour: string;
  /** SVG elements drawn in white on the badge (24×24 view box). */
  glyph: string;
}

export const SETTING_STYLES: Record<Setting, SettingStyle> = {
  // A cross.
  'medical-facility': { colour: '#b3261e', glyph: '<path d="M9.5 5h5v4.5H19v5h-4.5V19h-5v-4.5H5v-5h4.5z"/>' },
  // A pointed arch under a small cross: a church, mosque, temple or synagogue door.
  'place-of-worship': {
    colour: '#5b3a9b',
    glyph: '<path d="M11 3h2v2h2v2h-2v1.3c2.6 1 4.5 3.6 4.5 6.7V20h-11v-5c0-3.1 1.9-5.7 4.5-6.7V7H9V5h2z"/>',
  },
  // Columns under a pediment.
  courthouse: {
    colour: '#1f5f8b',
    glyph:
      '<path d="M12 3l8 4v2H4V7z"/><path d="M5 10h2.5v7H5zm5.75 0h2.5v7h-2.5zm5.75 0H19v7h-2.5z"/><path d="M4 18h16v2H4z"/>',
  },
  // A briefcase.
  workplace: { colour: '#7a5200', glyph: '<path d="M9 5h6v2h4v11H5V7h4zm1.5 1.5V7h3v-.5z"/>' },
  // A road between two kerbs.
  street: { colour: '#37474f', glyph: '<path d="M9 4h2l-1 16H6zm4 0h2l3 16h-4z"/>' },
  // A house with a door.
  residence: { colour: '#2e6b30', glyph: '<path d="M12 4l8 7h-2v9h-4v-5h-4v5H6v-9H4z"/>' },
  // A dot.
  other: { colour: '#4a4a4a', glyph: '<circle cx="12" cy="12" r="5"/>' },
};

/**
 * The badge of a setting as an SVG string: a coloured disc with a white
 * glyph. `approximate` draws the rim dashed, the mark of a location that is
 * not a known building.
 */
export function settingBadge(setting: Setting, size: number, approximate = false): string {
  const { colour, glyph } = SETTING_STYLES[setting];
  const rim = approximate
    ? '<circle cx="12" cy="12" r="11" fill="none" stroke="#fff" stroke-width="1.6" stroke-dasharray="2.4 1.6"/>'
    : '<circle cx="12" cy="12" r="11" fill="none" stroke="#fff" stroke-width="1.6"/>';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false">` +
    `<circle cx="12" cy="12" r="12" fill="${colour}"/>${rim}` +
    `<g fill="#fff" transform="translate(12 12) scale(.72) translate(-12 -12)">${glyph}</g></svg>`
  );
}
