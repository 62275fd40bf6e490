/**
 * How much one answer of the API may hold, whatever the query: the map can
 * draw about this many features smoothly, and a phone can download this much.
 */
export const MAX_FEATURES = 2_000;
/**
 * Raw JSON bytes of one answer. Incident JSON compresses about 14:1 with gzip
 * (generated data, measured by `npm run bench`), and surely better than 10:1,
 * so this keeps answers under 200 KB gzipped.
 */
export const MAX_BYTES = 2_000_000;
/** A view wider or taller than this, in screen pixels at its zoom, is clustered at a lower zoom. */
export const MAX_VIEW_PIXELS = 2_048;
