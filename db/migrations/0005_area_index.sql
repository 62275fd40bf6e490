-- The areas of a box, which every tile and clustered view asks for, through
-- an index of the areas alone: the GiST index of all geometries made that
-- query read every point in the box to keep the few areas (a scan of the
-- whole partition for a country-sized box).
CREATE INDEX incident_area_geom ON incident USING gist (geom) WHERE is_area;
