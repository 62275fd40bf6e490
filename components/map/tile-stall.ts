/**
 * Milliseconds without a single tile, from the map's first render, after which
 * the tile server counts as unreachable (components/map/Basemap.tsx). A server
 * that takes connections and answers nothing never makes a tile fail: browsers
 * wait minutes. Long enough for a slow phone network to bring the first tile;
 * the tiles stay one click away in the layer control. Its own module so tests
 * can read it without loading Leaflet.
 */
export const TILE_STALL_MS = 8000;
