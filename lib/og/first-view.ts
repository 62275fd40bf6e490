/**
 * The picture of the map's first view, drawn by the server so the first
 * paint of a map page is the map (the outline basemap, the areas and the
 * markers) without waiting for the JavaScript, Leaflet and the tiles, which
 * arrive on top of it. It is the view the map opens on (IncidentMap: the
 * URL's view, else the open incident, else every incident held, else their
 * extent) at the zoom Leaflet picks, with markers grouped as ClusteredPoints
 * groups them.
 *
 * The server does not know the map's size, and Leaflet's fitted zoom depends
 * on it: for a fitted view the SVG holds one drawing per zoom the map may
 * pick, and media queries inside it (which an SVG image evaluates against
 * its own box) show the one Leaflet would pick for that box. The picture is
 * drawn around the centre of its box, 1:1 in CSS pixels. County lines are
 * drawn from COUNTY_ZOOM. Pure.
 */
import 'server-only';
import type { ApiFeature } from '../shared/types';
import type { BBox } from '../shared/filters';
import type { MapView } from '../shared/url-state';
import { MAX_ZOOM, MIN_ZOOM } from '../shared/url-state';
import { featureAnchor, featureBox, featuresBox } from '../shared/feature-box';
import { groupPoints } from '../shared/tiles/groups';
import { SETTING_STYLES, settingBadge } from '../shared/setting-glyphs';
import { basemapSvg, pathOf, ringsOf, type Outlines } from './map-svg';
import { unworld, viewFrame, world, type MapFrame } from './map-frame';
import type { MultiPolygon, Polygon } from 'geojson';

/** The contiguous United States, when there is nothing to fit (IncidentMap's US_BOUNDS). */
const US: BBox = [-125, 24.5, -66.9, 49.5];
/** The largest map box drawn for; a larger one shows the map's background at its edges until the tiles come. */
export const MAX_BOX = { width: 1600, height: 1200 };
/** The smallest box a fitted view is drawn for. */
const MIN_BOX = { width: 240, height: 160 };
/** IncidentMap's boundsOptions: 24 px on every side (a phone's sheet is left out of the picture's box). */
const PADDING = 24;
/** Marker geometry of components/map/marker-icons.ts and globals.css. */
const BADGE = 30;
/** An exact location's badge stands on a pin whose point is the location: its centre is this far above. */
const PIN_RISE = 23;
const CLUSTER = 36;
/**
 * The zoom from which a drawing has the county lines. Below it a drawing
 * spans most of the country, and its county lines would weigh more than the
 * rest of the page: the tiles bring them a moment later.
 */
export const COUNTY_ZOOM = 7;
/** How far outside its frame a drawing keeps the basemap's points (pathOf). */
const MARGIN = 200;
/** The basemap's detail: a point every STEP pixels at most (the tiles bring the fine detail). */
const STEP = 2;
const SPREAD_RADIUS = 36;
/** Leaflet's Earth circumference (L.CRS.Earth), for the circles' radii. */
const EQUATOR_M = 40075017;

export type FirstView = { view: MapView } | { box: BBox };

/** What the map opens on, as IncidentMap decides it. */
export function firstView({
  view,
  focus,
  features,
  extent,
}: {
  view?: MapView;
  focus?: ApiFeature;
  features: readonly ApiFeature[];
  extent?: BBox;
}): FirstView {
  if (view) return { view };
  return { box: (focus ? featureBox(focus) : (featuresBox(features) ?? extent)) ?? US };
}

/** The box's size in world pixels at zoom 0. */
function spanAt0(box: BBox): [number, number] {
  const [x0, y1] = world(box[0], box[1]);
  const [x1, y0] = world(box[2], box[3]);
  return [x1 - x0, y1 - y0];
}

/** The width and height of the map's box from which Leaflet's fitBounds picks zoom `z` or closer (getBoundsZoom). */
function threshold([bw, bh]: [number, number], z: number): [number, number] {
  // Leaflet rounds the zoom to hundredths before flooring it.
  const scale = 2 ** (z - 0.005);
  return [bw * scale + 2 * PADDING, bh * scale + 2 * PADDING];
}

/** The zoom Leaflet's fitBounds picks for `box` in a map of width × height. */
export function fitZoom(box: BBox, width: number, height: number): number {
  const [bw, bh] = spanAt0(box);
  const scale = Math.min((width - 2 * PADDING) / bw, (height - 2 * PADDING) / bh);
  const z = Number.isFinite(scale) ? Math.floor(Math.round(Math.log2(scale) * 100) / 100) : MAX_ZOOM;
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
}

/** The centre of a box on the Mercator plane (where fitBounds centres it). */
function centreOf(box: BBox): { lat: number; lng: number } {
  const [x0, y1] = world(box[0], box[1]);
  const [x1, y0] = world(box[2], box[3]);
  const [lng, lat] = unworld((x0 + x1) / 2, (y0 + y1) / 2);
  return { lat, lng };
}

/** The circle of an approximate location, as the map's PrecisionCircle draws it. */
function circle(f: ApiFeature, x: number, y: number, zoom: number): string {
  const { radius, precision } = f.properties.location;
  if (precision === 'building' || !radius) return '';
  const [, lat] = featureAnchor(f);
  const r = radius / ((EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom));
  if (r < 1) return '';
  const colour = SETTING_STYLES[f.properties.setting].colour;
  return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${colour}" fill-opacity="0.1" stroke="${colour}" stroke-dasharray="4 4"/>`;
}

/** The id of a badge drawn once in the picture's <defs> and used by every marker of its kind. */
const badgeId = (f: ApiFeature) =>
  `${f.properties.setting}${f.properties.location.precision === 'building' ? '' : '-approximate'}`;

function badge(f: ApiFeature, x: number, y: number): string {
  const exact = f.properties.location.precision === 'building';
  const top = y - BADGE / 2 - (exact ? PIN_RISE : 0);
  const pin = exact ? `<path d="M${(x - 6).toFixed(1)} ${(top + BADGE - 1).toFixed(1)}h12l-6 9z" fill="#1b1b1f"/>` : '';
  return `${pin}<use class="badge" href="#${badgeId(f)}" x="${(x - BADGE / 2).toFixed(1)}" y="${top.toFixed(1)}"/>`;
}

/** The badges `features` use, each once. */
function badgeDefs(features: readonly ApiFeature[]): string {
  const kinds = new Map(features.filter((f) => f.geometry.type === 'Point').map((f) => [badgeId(f), f]));
  return [...kinds]
    .map(([id, f]) =>
      settingBadge(f.properties.setting, BADGE, f.properties.location.precision !== 'building').replace(
        '<svg ',
        `<svg id="${id}" `,
      ),
    )
    .join('');
}

/** The areas, circles and markers the map draws at the frame's zoom. */
function marks(frame: MapFrame, features: readonly ApiFeature[], focusId?: string): string {
  const areas = features.filter((f) => f.geometry.type !== 'Point');
  const points = features
    .filter((f) => f.geometry.type === 'Point')
    .map((f) => ({ id: f.id, f, lng: featureAnchor(f)[0], lat: featureAnchor(f)[1] }));
  let svg = areas
    .map((f) => {
      const colour = SETTING_STYLES[f.properties.setting].colour;
      return `<path d="${pathOf(ringsOf(f.geometry as Polygon | MultiPolygon), frame, true)}" fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-width="2" stroke-dasharray="6 4" fill-rule="evenodd"/>`;
    })
    .join('');
  const circles: string[] = [];
  const markers: string[] = [];
  for (const group of groupPoints(points, frame.zoom)) {
    const [cx, cy] = frame.project(group.lng, group.lat);
    const open = group.members.length === 1 || group.members.some((m) => m.id === focusId);
    if (!open) {
      const label =
        group.members.length < 10_000 ? String(group.members.length) : `${Math.floor(group.members.length / 1_000)}k`;
      markers.push(
        `<circle class="cluster" cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${CLUSTER / 2 - 1.5}" fill="#1b1b1f" stroke="#fff" stroke-width="3"/>` +
          `<text x="${cx.toFixed(1)}" y="${cy.toFixed(1)}" dy=".35em" text-anchor="middle" fill="#fff" font-family="system-ui, sans-serif" font-size="14" font-weight="700">${label}</text>`,
      );
      continue;
    }
    group.members.forEach((m, i) => {
      const [x, y] = frame.project(m.lng, m.lat);
      circles.push(circle(m.f, x, y, frame.zoom));
      if (group.members.length === 1) return markers.push(badge(m.f, x, y));
      const angle = (2 * Math.PI * i) / group.members.length - Math.PI / 2;
      markers.push(badge(m.f, cx + SPREAD_RADIUS * Math.cos(angle), cy + SPREAD_RADIUS * Math.sin(angle)));
    });
  }
  svg += circles.join('') + markers.join('');
  return svg;
}

/** One zoom's drawing, its centre at the origin. */
function drawing(
  centre: { lat: number; lng: number },
  zoom: number,
  outlines: Outlines,
  features: readonly ApiFeature[],
  focusId?: string,
): string {
  const frame = viewFrame({ ...centre, zoom }, MAX_BOX.width, MAX_BOX.height);
  return `<g class="z z${zoom}" transform="translate(${-MAX_BOX.width / 2} ${-MAX_BOX.height / 2})">${basemapSvg(frame, outlines, { counties: zoom >= COUNTY_ZOOM, margin: MARGIN, step: STEP })}${marks(frame, features, focusId)}</g>`;
}

/**
 * The SVG of the first view: `features` (the areas and points the map holds
 * when it opens, the open incident among them) over the outline basemap.
 *
 * @example
 * firstViewSvg(firstView({ features }), outlines, features)
 */
export function firstViewSvg(
  first: FirstView,
  outlines: Outlines,
  features: readonly ApiFeature[],
  focusId?: string,
): string {
  let centre: { lat: number; lng: number };
  let zooms: number[];
  let rules: string;
  if ('view' in first) {
    centre = { lat: first.view.lat, lng: first.view.lng };
    zooms = [first.view.zoom];
    rules = '';
  } else {
    centre = centreOf(first.box);
    const low = fitZoom(first.box, MIN_BOX.width, MIN_BOX.height);
    const high = fitZoom(first.box, MAX_BOX.width, MAX_BOX.height);
    zooms = Array.from({ length: high - low + 1 }, (_, i) => low + i);
    const span = spanAt0(first.box);
    // Later rules win: each shows its zoom and hides the one below, from the box that zoom needs.
    rules =
      `.z{display:none}.z${low}{display:inline}` +
      zooms
        .slice(1)
        .map((z) => {
          const [w, h] = threshold(span, z);
          return `@media (min-width:${w.toFixed(1)}px) and (min-height:${h.toFixed(1)}px){.z${z - 1}{display:none}.z${z}{display:inline}}`;
        })
        .join('');
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">` +
    (rules ? `<style>${rules}</style>` : '') +
    `<defs>${badgeDefs(features)}</defs>` +
    `<svg x="50%" y="50%" overflow="visible">` +
    zooms.map((z) => drawing(centre, z, outlines, features, focusId)).join('') +
    `</svg></svg>`
  );
}
