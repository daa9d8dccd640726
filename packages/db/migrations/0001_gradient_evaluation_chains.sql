CREATE TABLE "enterprise_facts" (
	"enterprise_id" integer NOT NULL,
	"key" varchar(64) NOT NULL,
	"number_value" double precision,
	"text_value" text,
	"bool_value" boolean,
	"as_of" date,
	"source_kind" varchar(12) NOT NULL,
	"source_batch_id" bigint,
	"source_row" integer,
	"source_user_id" integer,
	"source_note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_facts_enterprise_id_key_pk" PRIMARY KEY("enterprise_id","key")
);
--> statement-breakpoint
CREATE TABLE "enterprise_honours" (
	"id" serial PRIMARY KEY NOT NULL,
	"enterprise_id" integer NOT NULL,
	"tier" varchar(32) NOT NULL,
	"level" varchar(12),
	"batch" text,
	"year" smallint,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"certificate_no" text,
	"source_kind" varchar(12) NOT NULL,
	"source_batch_id" bigint,
	"source_row" integer,
	"source_note" text,
	"created_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "province_settings" (
	"province_code" char(2) NOT NULL,
	"key" varchar(64) NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "province_settings_province_code_key_pk" PRIMARY KEY("province_code","key")
);
--> statement-breakpoint
CREATE TABLE "support_measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_code" char(2),
	"park_id" integer,
	"tier" varchar(32) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"reference" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tier_assessments" (
	"enterprise_id" integer NOT NULL,
	"rule_set_id" varchar(64) NOT NULL,
	"year" smallint NOT NULL,
	"rule_set_version" varchar(32) NOT NULL,
	"evaluated_for" date NOT NULL,
	"outcome" varchar(16) NOT NULL,
	"score" double precision,
	"classification" varchar(32),
	"closeness" double precision,
	"failed_count" smallint DEFAULT 0 NOT NULL,
	"unknown_count" smallint DEFAULT 0 NOT NULL,
	"explanation" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"input_hash" char(16),
	CONSTRAINT "tier_assessments_enterprise_id_rule_set_id_year_pk" PRIMARY KEY("enterprise_id","rule_set_id","year")
);
--> statement-breakpoint
CREATE TABLE "alert_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"alert_id" integer NOT NULL,
	"from_status" varchar(16),
	"to_status" varchar(16) NOT NULL,
	"user_id" integer,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" serial PRIMARY KEY NOT NULL,
	"rule_id" varchar(64) NOT NULL,
	"rule_version" varchar(32) NOT NULL,
	"subject" varchar(64) NOT NULL,
	"park_id" integer,
	"enterprise_id" integer,
	"province_code" char(2) NOT NULL,
	"period" varchar(7) NOT NULL,
	"severity" varchar(8) NOT NULL,
	"title" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"owner_user_id" integer,
	"note" text,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"indicator_key" varchar(64) NOT NULL,
	"subject" varchar(32) NOT NULL,
	"period" varchar(7) NOT NULL,
	"value" double precision,
	"reporting" integer,
	"population" integer,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_indicator_key_subject_period_pk" PRIMARY KEY("indicator_key","subject","period")
);
--> statement-breakpoint
CREATE TABLE "land_evaluations" (
	"enterprise_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"rule_set_id" varchar(64) NOT NULL,
	"rule_set_version" varchar(32) NOT NULL,
	"method" varchar(16) NOT NULL,
	"score" double precision,
	"land_class" varchar(4),
	"explanation" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "land_evaluations_enterprise_id_year_rule_set_id_pk" PRIMARY KEY("enterprise_id","year","rule_set_id")
);
--> statement-breakpoint
CREATE TABLE "scorecard_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"item_key" varchar(64) NOT NULL,
	"note" text NOT NULL,
	"attachment_name" text,
	"attachment_type" varchar(100),
	"attachment_base64" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chain_owners" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_code" varchar(48) NOT NULL,
	"province_code" char(2),
	"park_id" integer,
	"owner_name" text NOT NULL,
	"owner_title" text,
	"owner_user_id" integer,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chain_placements" (
	"enterprise_id" integer NOT NULL,
	"template_code" varchar(48) NOT NULL,
	"segment_key" varchar(64) NOT NULL,
	"template_version" integer NOT NULL,
	"method" varchar(12) NOT NULL,
	"confidence" double precision NOT NULL,
	"reason" text NOT NULL,
	"override" varchar(12),
	"overridden_by" integer,
	"overridden_at" timestamp with time zone,
	CONSTRAINT "chain_placements_enterprise_id_template_code_segment_key_pk" PRIMARY KEY("enterprise_id","template_code","segment_key")
);
--> statement-breakpoint
CREATE TABLE "chain_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_owner_id" integer NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"assignee_name" text,
	"due_on" date,
	"status" varchar(16) DEFAULT 'todo' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chain_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(48) NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"province_code" char(2),
	"based_on_id" integer,
	"definition" jsonb NOT NULL,
	"citation" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"enterprise_id" integer NOT NULL,
	"visited_on" date NOT NULL,
	"team" text NOT NULL,
	"purpose" text NOT NULL,
	"notes" text,
	"follow_up_on" date,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"name" text NOT NULL,
	"investor_name" text NOT NULL,
	"investor_credit_code" char(18),
	"investor_enterprise_id" integer,
	"template_code" varchar(48),
	"segment_key" varchar(64),
	"industry_code" varchar(4),
	"stage" varchar(20) DEFAULT 'lead' NOT NULL,
	"lost_reason" text,
	"committed_investment" double precision,
	"committed_land_mu" double precision,
	"committed_annual_output" double precision,
	"committed_annual_tax" double precision,
	"committed_jobs" integer,
	"signed_on" date,
	"production_due_on" date,
	"owner_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_actuals" (
	"project_id" integer NOT NULL,
	"year" integer NOT NULL,
	"investment" double precision,
	"output" double precision,
	"tax" double precision,
	"jobs" integer,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_actuals_project_id_year_pk" PRIMARY KEY("project_id","year")
);
--> statement-breakpoint
CREATE TABLE "project_stage_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"from_stage" varchar(20),
	"to_stage" varchar(20) NOT NULL,
	"note" text,
	"user_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprise_facts" ADD CONSTRAINT "enterprise_facts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_honours" ADD CONSTRAINT "enterprise_honours_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_honours" ADD CONSTRAINT "enterprise_honours_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_settings" ADD CONSTRAINT "province_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_measures" ADD CONSTRAINT "support_measures_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_measures" ADD CONSTRAINT "support_measures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_assessments" ADD CONSTRAINT "tier_assessments_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "land_evaluations" ADD CONSTRAINT "land_evaluations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_evidence" ADD CONSTRAINT "scorecard_evidence_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_evidence" ADD CONSTRAINT "scorecard_evidence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_owners" ADD CONSTRAINT "chain_owners_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_owners" ADD CONSTRAINT "chain_owners_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_placements" ADD CONSTRAINT "chain_placements_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_placements" ADD CONSTRAINT "chain_placements_overridden_by_users_id_fk" FOREIGN KEY ("overridden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_tasks" ADD CONSTRAINT "chain_tasks_chain_owner_id_chain_owners_id_fk" FOREIGN KEY ("chain_owner_id") REFERENCES "public"."chain_owners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_tasks" ADD CONSTRAINT "chain_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_templates" ADD CONSTRAINT "chain_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_visits" ADD CONSTRAINT "enterprise_visits_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_visits" ADD CONSTRAINT "enterprise_visits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_projects" ADD CONSTRAINT "investment_projects_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_projects" ADD CONSTRAINT "investment_projects_investor_enterprise_id_enterprises_id_fk" FOREIGN KEY ("investor_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_projects" ADD CONSTRAINT "investment_projects_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_actuals" ADD CONSTRAINT "project_actuals_project_id_investment_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."investment_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_actuals" ADD CONSTRAINT "project_actuals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_history" ADD CONSTRAINT "project_stage_history_project_id_investment_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."investment_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_history" ADD CONSTRAINT "project_stage_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_facts_key_idx" ON "enterprise_facts" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_honours_uq" ON "enterprise_honours" USING btree ("enterprise_id","tier","valid_from");--> statement-breakpoint
CREATE INDEX "enterprise_honours_tier_idx" ON "enterprise_honours" USING btree ("tier");--> statement-breakpoint
CREATE INDEX "support_measures_scope_idx" ON "support_measures" USING btree ("province_code","park_id","tier");--> statement-breakpoint
CREATE INDEX "tier_assessments_rule_year_idx" ON "tier_assessments" USING btree ("rule_set_id","year","outcome");--> statement-breakpoint
CREATE INDEX "alert_events_alert_idx" ON "alert_events" USING btree ("alert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_identity_uq" ON "alerts" USING btree ("rule_id","subject","period");--> statement-breakpoint
CREATE INDEX "alerts_park_status_idx" ON "alerts" USING btree ("park_id","status");--> statement-breakpoint
CREATE INDEX "alerts_province_status_idx" ON "alerts" USING btree ("province_code","status");--> statement-breakpoint
CREATE INDEX "indicator_values_subject_idx" ON "indicator_values" USING btree ("subject","period");--> statement-breakpoint
CREATE INDEX "land_evaluations_year_idx" ON "land_evaluations" USING btree ("year","rule_set_id","land_class");--> statement-breakpoint
CREATE UNIQUE INDEX "scorecard_evidence_uq" ON "scorecard_evidence" USING btree ("park_id","year","item_key");--> statement-breakpoint
CREATE INDEX "chain_owners_scope_idx" ON "chain_owners" USING btree ("province_code","park_id","template_code");--> statement-breakpoint
CREATE INDEX "chain_placements_segment_idx" ON "chain_placements" USING btree ("template_code","segment_key");--> statement-breakpoint
CREATE INDEX "chain_tasks_owner_idx" ON "chain_tasks" USING btree ("chain_owner_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "chain_templates_code_version_uq" ON "chain_templates" USING btree ("code","version");--> statement-breakpoint
CREATE INDEX "enterprise_visits_enterprise_idx" ON "enterprise_visits" USING btree ("enterprise_id","visited_on");--> statement-breakpoint
CREATE INDEX "investment_projects_park_idx" ON "investment_projects" USING btree ("park_id","stage");--> statement-breakpoint
CREATE INDEX "project_stage_history_project_idx" ON "project_stage_history" USING btree ("project_id");