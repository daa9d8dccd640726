DROP INDEX "enterprise_facts_key_idx";--> statement-breakpoint
CREATE INDEX "enterprise_facts_key_enterprise_idx" ON "enterprise_facts" USING btree ("key","enterprise_id");