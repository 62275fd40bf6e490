/**
 * How much one answer of the API may hold, whatever the query: the map can
 * draw about this many features smoothly, and a phone can download this much.
 */
import 'server-only';

export const MAX_FEATURES = 2_000;
/**
 * Raw JSON bytes of one answer. Incident JSON compresses about 14:1 with gzip
 * (generated data, measured by `npm run bench`), so 2 MB would keep answers
 * under 200 KB gzipped; 1 MB halves the cost of the largest answers (joining,
 * hashing, compressing, parsing in the browser), which made the slow tail of
 * viewport queries. A view that holds more is answered as clusters.
 */
export const MAX_BYTES = 1_000_000;
/** A view wider or taller than this, in screen pixels at its zoom, is clustered at a lower zoom. */
export const MAX_VIEW_PIXELS = 2_048;
/**
 * Bytes of an API query string (after "?") that are accepted. The longest
 * query the API understands (a bbox, both dates, every setting and agency, a
 * `q` of 200 characters percent-encoded) is about 2.2 KB; longer ones are
 * noise or a probe, and cost parsing: 414 (proxy.ts).
 */
export const MAX_API_QUERY = 4096;
/**
 * A tile's share of an answer (lib/index/tile.ts): a view asks for a
 * screenful of tiles, a few dozen, most of them partly off screen; a tile
 * holding more is answered as clusters.
 */
export const TILE_FEATURES = MAX_FEATURES / 8;
export const TILE_BYTES = MAX_BYTES / 8;
