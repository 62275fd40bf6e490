/**
 * Web Mercator (EPSG:3857) as fractions of the world, 0..1 from west to east
 * and from north to south: the one projection the tile addresses, the grid
 * of clusters and the server's columns share. Pure: used by client and server.
 */

/** Where Web Mercator stops: the square world of map tiles. */
export const MAX_LATITUDE = 85.0511287798;

/**
 * Web Mercator x and y of a point, each 0..1 across the world.
 *
 * @example
 * mercator(0, 0) // [0.5, 0.5]
 */
export function mercator(lng: number, lat: number): [number, number] {
  const s = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
  return [lng / 360 + 0.5, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** Longitude of a Web Mercator x (0..1). */
export const longitudeOf = (x: number) => x * 360 - 180;

/** Latitude of a Web Mercator y (0..1). */
export const latitudeOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * Pixel position of a point at `zoom`, in a world 256·2^zoom pixels wide
 * (Leaflet's and the tiles' pixels).
 *
 * @example
 * project(0, 0, 1) // [256, 256]
 */
export function project(lat: number, lng: number, zoom: number): [number, number] {
  const [x, y] = mercator(lng, lat);
  const scale = 256 * 2 ** zoom;
  return [x * scale, y * scale];
}
