-- The served dataset, in versions: `npm run db:load` writes a new version's
-- rows and switches `served` to it in one transaction; app processes read
-- `served` every few seconds (lib/store/postgres/version.ts).
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE dataset_version (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The SHA-256 of the data files (lib/dataset/read.ts): what /api/health reports.
  sha        text NOT NULL,
  incidents  integer NOT NULL,
  sources    integer NOT NULL,
  loaded_at  timestamptz NOT NULL DEFAULT now(),
  -- When another version replaced it: its rows go some minutes later, once no process can still be reading them.
  retired_at timestamptz
);

-- One row: the version every app process serves.
CREATE TABLE served (
  one        boolean PRIMARY KEY DEFAULT true CHECK (one),
  version_id integer NOT NULL REFERENCES dataset_version (id)
);

-- One row per incident per version, in one partition per version (dropped whole when retired).
CREATE TABLE incident (
  version_id integer NOT NULL,
  -- Position newest first (date, then id), as the in-memory store orders them.
  ord        integer NOT NULL,
  id         text COLLATE "C" NOT NULL,
  -- The first and last day the incident may fall on, YYYY-MM-DD (lib/match.ts: startOfPeriod, endOfPeriod).
  first_day  text COLLATE "C" NOT NULL,
  last_day   text COLLATE "C" NOT NULL,
  -- The timeline's month, YYYY-MM (a year alone counts in its January).
  month      text COLLATE "C" NOT NULL,
  updated    text COLLATE "C" NOT NULL,
  date       text COLLATE "C" NOT NULL,
  setting    text COLLATE "C" NOT NULL,
  agencies   text[] COLLATE "C" NOT NULL,
  is_area    boolean NOT NULL,
  -- The feature's bbox as JSON numbers (a point's is its coordinates): exact, unlike the float4 boxes of GiST.
  w          double precision NOT NULL,
  s          double precision NOT NULL,
  e          double precision NOT NULL,
  n          double precision NOT NULL,
  geom       geometry(Geometry, 4326) NOT NULL,
  -- The folded words of searchFields (lib/match.ts), each a lexeme: `q` is a prefix query on them.
  words      tsvector NOT NULL,
  -- The feature exactly as the API serves it, and its length in UTF-16 units and UTF-8 bytes (answer limits).
  json       text NOT NULL,
  chars      integer NOT NULL,
  bytes      integer NOT NULL,
  PRIMARY KEY (version_id, id)
) PARTITION BY LIST (version_id);

CREATE INDEX incident_ord ON incident (version_id, ord);
CREATE INDEX incident_updated ON incident (version_id, updated DESC, date DESC, id);
CREATE INDEX incident_geom ON incident USING gist (geom);
CREATE INDEX incident_words ON incident USING gin (words);
CREATE INDEX incident_setting ON incident (version_id, setting, ord);

-- Renamed, merged and retracted ids (data/redirects.json, data/retracted.json), per version.
CREATE TABLE id_change (
  version_id integer NOT NULL REFERENCES dataset_version (id) ON DELETE CASCADE,
  id         text COLLATE "C" NOT NULL,
  -- IdChange as lib/incidents.ts returns it, as JSON.
  change     text NOT NULL,
  PRIMARY KEY (version_id, id)
);
