'use client';
/**
 * The server's picture of the view the map opens on (app/map-picture.svg),
 * under the map while its script and tiles load: the first paint of a map
 * page is the map. Drawn for the URL the page opened with, so it never
 * changes; the map lets it show through until the first tiles have loaded
 * (or the outlines have taken their place), then covers it with its own
 * background (globals.css, .map-region--pictured). It stays in the page
 * under the map: removed before the browser had painted it (the main thread
 * busy with the scripts, the tiles quick), it would not count as the first
 * paint of the map. Decorative: the map itself is what readers use.
 */
import { useState } from 'react';
import { stateHref, type UrlState } from '@/lib/shared/url-state';

/**
 * `sheet` and `peek`: on a phone the map fits its first view above the bottom
 * sheet (open, or its handle), and so does the picture (globals.css).
 */
export type PictureInset = 'none' | 'peek' | 'sheet';

export function MapPicture({ state, inset }: { state: UrlState; inset: PictureInset }) {
  const [src] = useState(() => stateHref(state, '/map-picture.svg'));
  // eslint-disable-next-line @next/next/no-img-element -- an SVG our route draws per state: next/image's optimizer does not take SVG and would add nothing.
  return <img className={`map-picture map-picture--${inset}`} src={src} alt="" fetchPriority="high" />;
}

/** The inset of the map's first view on `/`: none for a view in the URL (it is centred on the whole map), else the sheet's. */
export const pictureInset = (state: UrlState): PictureInset =>
  state.view ? 'none' : state.incident ? 'sheet' : 'peek';
