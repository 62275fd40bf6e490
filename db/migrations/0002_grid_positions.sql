-- Where the map's grid (lib/tiles/cells.ts) places each incident, as the
-- in-memory store's columns do (lib/index/columns.ts positionsOf): a point's
-- own position, an area's box centre; in degrees and in Web Mercator
-- fractions of the world, computed by the loader with the map's own function
-- so that cells agree to the last bit. Versions loaded before have none:
-- run `npm run db:load` after this migration.
ALTER TABLE incident
  ADD COLUMN px double precision,
  ADD COLUMN py double precision,
  ADD COLUMN mx double precision,
  ADD COLUMN my double precision;
