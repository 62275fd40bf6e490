-- The map's grid of the points (lib/tiles/cells.ts) at the zooms where
-- cells gather many points, computed by the loader with the map's own code:
-- a tile without filters (what the map asks most) then reads its cells
-- instead of grouping its points per request. `cell_zoom` is the deepest
-- zoom kept; deeper tiles hold few points and are grouped per request.
ALTER TABLE dataset_version ADD COLUMN cell_zoom integer NOT NULL DEFAULT -1;

CREATE TABLE cell (
  version_id integer NOT NULL REFERENCES dataset_version (id) ON DELETE CASCADE,
  z          smallint NOT NULL,
  cx         integer NOT NULL,
  cy         integer NOT NULL,
  count      integer NOT NULL,
  -- Sums of the members' longitudes and latitudes, newest first; their box; their Web Mercator extent.
  sx         double precision NOT NULL,
  sy         double precision NOT NULL,
  w          double precision NOT NULL,
  s          double precision NOT NULL,
  e          double precision NOT NULL,
  n          double precision NOT NULL,
  mx0        double precision NOT NULL,
  my0        double precision NOT NULL,
  mx1        double precision NOT NULL,
  my1        double precision NOT NULL,
  -- The newest member (ord), and the members' JSON bytes (each plus one).
  first      integer NOT NULL,
  bytes      integer NOT NULL,
  PRIMARY KEY (version_id, z, cy, cx)
);
