-- tier_assessments is derived data rewritten by every tier run: its enterprise is no longer a
-- declared foreign key (the check per row was a third of the time of storing 1.6 million rows;
-- decision 0009). Deleting an enterprise still deletes its assessments, by the trigger below.
ALTER TABLE "tier_assessments" DROP CONSTRAINT "tier_assessments_enterprise_id_enterprises_id_fk";
--> statement-breakpoint
-- The near miss was read from the explanation (->>'nearMiss') by every funnel query: a column now.
ALTER TABLE "tier_assessments" ADD COLUMN "near_miss" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
UPDATE "tier_assessments" SET "near_miss" = true WHERE "explanation"->>'nearMiss' = 'true';
--> statement-breakpoint
-- Written and read whole: json keeps the text as written instead of parsing it into jsonb.
ALTER TABLE "tier_assessments" ALTER COLUMN "explanation" SET DATA TYPE json USING "explanation"::json;
--> statement-breakpoint
CREATE FUNCTION "delete_tier_assessments_of_deleted_enterprises"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "tier_assessments" t USING "deleted_enterprises" d WHERE t."enterprise_id" = d."id";
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "enterprises_delete_tier_assessments" AFTER DELETE ON "enterprises"
  REFERENCING OLD TABLE AS "deleted_enterprises" FOR EACH STATEMENT EXECUTE FUNCTION "delete_tier_assessments_of_deleted_enterprises"();
