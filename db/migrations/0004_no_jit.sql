-- No JIT compilation for this database's queries: PostGIS's function costs
-- push the planner's estimates of the app's short queries past
-- jit_above_cost, and a view's cells then spent seconds compiling for a
-- second of work (EXPLAIN ANALYZE at 200,000 incidents). Set on the
-- database, not per connection, so that it holds through a pooler; it
-- applies to connections opened after it.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END
$$;
