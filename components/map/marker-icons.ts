/**
 * Leaflet icons for incident markers and clusters. Our own markup (inline
 * SVG in a DivIcon), never Leaflet's default images, which break under the
 * bundler. Client only: imports Leaflet.
 */
import L from 'leaflet';
import type { Precision, Setting } from '@/lib/shared/schema';
import { settingBadge } from '@/lib/shared/setting-glyphs';

/** The badge drawn, and the square around it that takes taps (44 px, a finger's width). */
const SIZE = 30;
const HIT = 44;
const cache = new Map<string, L.DivIcon>();

/**
 * A DivIcon whose markup is parsed once and cloned for each marker: Leaflet's
 * own sets innerHTML for every marker it draws, and parsing the SVG badge
 * again took most of the time of drawing a few hundred new markers.
 */
const TemplateIcon = L.DivIcon.extend({
  createIcon(this: L.DivIcon & { _template?: HTMLTemplateElement; _markup: string }, oldIcon?: HTMLElement) {
    const div = L.DivIcon.prototype.createIcon.call(this, oldIcon);
    if (!this._template) {
      this._template = document.createElement('template');
      this._template.innerHTML = this._markup;
    }
    div.replaceChildren(this._template.content.cloneNode(true));
    return div;
  },
});

function templateIcon(markup: string, options: Omit<L.DivIconOptions, 'html'>): L.DivIcon {
  const icon = new (TemplateIcon as unknown as new (options: L.DivIconOptions) => L.DivIcon)({ ...options, html: '' });
  return Object.assign(icon, { _markup: markup });
}

/**
 * The icon of an incident: a badge for its setting. A building-precision
 * incident stands on a pin's point; an approximate one is a dashed badge
 * centred on its point, inside the circle of its radius.
 */
export function incidentIcon(setting: Setting, precision: Precision): L.DivIcon {
  const exact = precision === 'building';
  const key = `${setting}:${exact}`;
  let icon = cache.get(key);
  if (!icon) {
    icon = templateIcon(
      exact
        ? `${settingBadge(setting, SIZE)}<span class="incident-marker__tail" aria-hidden="true"></span>`
        : settingBadge(setting, SIZE, true),
      {
        className: `incident-marker incident-marker--${exact ? 'exact' : 'approximate'}`,
        iconSize: [HIT, exact ? HIT + 8 : HIT],
        iconAnchor: [HIT / 2, exact ? HIT + 8 - (HIT - SIZE) / 2 : HIT / 2],
        popupAnchor: [0, exact ? -SIZE - 8 : -SIZE / 2],
      },
    );
    cache.set(key, icon);
  }
  return icon;
}

/**
 * The icon of a cluster: a disc showing how many incidents it holds. One
 * object per label, reused: a marker handed a new icon object builds its
 * element again (Leaflet's setIcon), even when nothing changed.
 */
export function clusterIcon(count: number): L.DivIcon {
  const size = count < 100 ? 44 : count < 1_000 ? 50 : 56;
  const label = count < 10_000 ? String(count) : `${Math.floor(count / 1_000)}k`;
  const key = `cluster:${label}`;
  let icon = cache.get(key);
  if (!icon) {
    icon = templateIcon(`<span class="incident-cluster__disc" aria-hidden="true">${label}</span>`, {
      className: 'incident-cluster',
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    cache.set(key, icon);
  }
  return icon;
}
