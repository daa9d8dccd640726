-- Tier evaluation runs no longer stage their rows in tier_stage_* tables (they COPY into
-- tier_assessments inside the run's transaction); remove any a crashed run left behind.
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'tier\_stage\_%' LOOP
    EXECUTE format('DROP TABLE IF EXISTS %I', t);
  END LOOP;
END $$;
