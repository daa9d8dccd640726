-- TRUNCATE enterprises (… CASCADE) fires no delete trigger, and tier_assessments has no foreign
-- key to enterprises (decision 0009): it is truncated with them.
CREATE FUNCTION "truncate_tier_assessments_with_enterprises"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "tier_assessments";
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "enterprises_truncate_tier_assessments" AFTER TRUNCATE ON "enterprises"
  FOR EACH STATEMENT EXECUTE FUNCTION "truncate_tier_assessments_with_enterprises"();
