ALTER TABLE "scorecard_evidence" ADD COLUMN "review_status" varchar(16) DEFAULT 'submitted' NOT NULL;--> statement-breakpoint
ALTER TABLE "scorecard_evidence" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "scorecard_evidence" ADD COLUMN "reviewed_by" integer;--> statement-breakpoint
ALTER TABLE "scorecard_evidence" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "scorecard_evidence" ADD CONSTRAINT "scorecard_evidence_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_evidence" ADD CONSTRAINT "scorecard_evidence_review_status_ck" CHECK ("scorecard_evidence"."review_status" IN ('submitted', 'accepted', 'returned'));--> statement-breakpoint
-- Evidence filed before reviews existed: what a province account filed is its own judgment,
-- accepted as filed; what a park filed waits for the province's review like new evidence.
UPDATE "scorecard_evidence" e SET "review_status" = 'accepted', "reviewed_by" = e."created_by", "reviewed_at" = e."created_at"
  WHERE EXISTS (SELECT 1 FROM "memberships" m WHERE m."user_id" = e."created_by" AND m."role" = 'province_admin');
