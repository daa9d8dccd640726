CREATE TABLE "industries" (
	"code" varchar(4) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" smallint NOT NULL,
	"parent_code" varchar(4),
	"section" char(1) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "industry_classifications" (
	"classification" varchar(24) NOT NULL,
	"industry_code" varchar(4) NOT NULL,
	"category_path" text NOT NULL,
	"partial" boolean DEFAULT false NOT NULL,
	CONSTRAINT "industry_classifications_classification_industry_code_category_path_pk" PRIMARY KEY("classification","industry_code","category_path")
);
--> statement-breakpoint
CREATE TABLE "park_leading_industries" (
	"park_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"label" text NOT NULL,
	"industry_codes" text[] NOT NULL,
	"mapping_status" varchar(12) NOT NULL,
	CONSTRAINT "park_leading_industries_park_id_position_pk" PRIMARY KEY("park_id","position")
);
--> statement-breakpoint
CREATE TABLE "parks" (
	"id" serial PRIMARY KEY NOT NULL,
	"catalogue_code" varchar(8),
	"catalogue_serial" integer,
	"name" text NOT NULL,
	"level" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"kind_text" text NOT NULL,
	"province_code" char(2) NOT NULL,
	"region_code" char(6),
	"approved_on" text,
	"approval_text" text,
	"approved_area_km2" double precision,
	"leading_industries_text" text,
	"longitude" double precision,
	"latitude" double precision,
	"location_source" varchar(24),
	"source" varchar(24) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" char(6) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" varchar(8) NOT NULL,
	"parent_code" char(6),
	"province_code" char(2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_annual" (
	"enterprise_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"revenue" double precision,
	"main_revenue" double precision,
	"industrial_output" double precision,
	"value_added" double precision,
	"profit" double precision,
	"tax_paid" double precision,
	"rd_expense" double precision,
	"total_cost" double precision,
	"employees" double precision,
	"st_staff" double precision,
	"rd_staff" double precision,
	"total_assets" double precision,
	"total_liabilities" double precision,
	"equity_financing" double precision,
	"exports" double precision,
	"high_tech_revenue" double precision,
	"invention_patents" double precision,
	"other_class1_ip" double precision,
	"class2_ip" double precision,
	"land_area_mu" double precision,
	"floor_area_m2" double precision,
	"electricity_kwh" double precision,
	"coal_t" double precision,
	"natural_gas_m3" double precision,
	"oil_t" double precision,
	"heat_gj" double precision,
	"energy_tce" double precision,
	"water_m3" double precision,
	"cod_t" double precision,
	"ammonia_nitrogen_t" double precision,
	"so2_t" double precision,
	"nox_t" double precision,
	"source_kind" varchar(12) NOT NULL,
	"source_batch_id" bigint,
	"source_row" integer,
	"source_user_id" integer,
	"source_note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"field_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "enterprise_annual_enterprise_id_year_pk" PRIMARY KEY("enterprise_id","year")
);
--> statement-breakpoint
CREATE TABLE "enterprise_monthly" (
	"enterprise_id" integer NOT NULL,
	"period" char(7) NOT NULL,
	"output" double precision,
	"revenue" double precision,
	"tax_paid" double precision,
	"electricity_kwh" double precision,
	"employees" double precision,
	"source_kind" varchar(12) NOT NULL,
	"source_batch_id" bigint,
	"source_row" integer,
	"source_user_id" integer,
	"source_note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"field_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "enterprise_monthly_enterprise_id_period_pk" PRIMARY KEY("enterprise_id","period")
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" serial PRIMARY KEY NOT NULL,
	"credit_code" char(18) NOT NULL,
	"name" text NOT NULL,
	"park_id" integer,
	"province_code" char(2) NOT NULL,
	"region_code" char(6),
	"industry_code" varchar(4),
	"founded_on" date,
	"registered_capital" double precision,
	"listed" boolean DEFAULT false NOT NULL,
	"above_designated_size" boolean,
	"operating_status" varchar(16) DEFAULT 'operating' NOT NULL,
	"main_products" text,
	"business_scope" text,
	"is_generated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "land_parcels" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"parcel_code" varchar(40) NOT NULL,
	"holder_enterprise_id" integer,
	"area_mu" double precision NOT NULL,
	"land_use" varchar(24) NOT NULL,
	"supply_mode" varchar(24) NOT NULL,
	"term_start" date,
	"term_end" date,
	"plot_ratio" double precision,
	"building_area_m2" double precision,
	"status" varchar(24) DEFAULT 'in_use' NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"source_kind" varchar(12) NOT NULL,
	"source_batch_id" bigint,
	"source_row" integer,
	"source_user_id" integer,
	"source_note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"field_sources" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"action" varchar(40) NOT NULL,
	"entity" varchar(40) NOT NULL,
	"entity_key" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" varchar(16) NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" char(64) NOT NULL,
	"file_bytes" integer NOT NULL,
	"user_id" integer,
	"province_code" char(2),
	"park_id" integer,
	"enterprise_id" integer,
	"status" varchar(12) NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"inserted_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"message" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_errors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" integer NOT NULL,
	"row" integer,
	"column" text,
	"value" text,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"role" varchar(20) NOT NULL,
	"province_code" char(2),
	"park_id" integer,
	"enterprise_id" integer,
	CONSTRAINT "memberships_one_tenant" CHECK (("memberships"."role" = 'province_admin' AND "memberships"."province_code" IS NOT NULL AND "memberships"."park_id" IS NULL AND "memberships"."enterprise_id" IS NULL)
       OR ("memberships"."role" = 'park_admin' AND "memberships"."park_id" IS NOT NULL AND "memberships"."province_code" IS NULL AND "memberships"."enterprise_id" IS NULL)
       OR ("memberships"."role" = 'enterprise_user' AND "memberships"."enterprise_id" IS NOT NULL AND "memberships"."province_code" IS NULL AND "memberships"."park_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" char(64) PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"membership_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_settings" (
	"key" varchar(64) PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" varchar(64) NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"locale" varchar(8) DEFAULT 'zh-CN' NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "industry_classifications" ADD CONSTRAINT "industry_classifications_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "park_leading_industries" ADD CONSTRAINT "park_leading_industries_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parks" ADD CONSTRAINT "parks_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_annual" ADD CONSTRAINT "enterprise_annual_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_monthly" ADD CONSTRAINT "enterprise_monthly_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "land_parcels" ADD CONSTRAINT "land_parcels_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "land_parcels" ADD CONSTRAINT "land_parcels_holder_enterprise_id_enterprises_id_fk" FOREIGN KEY ("holder_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_errors" ADD CONSTRAINT "import_errors_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "industries_parent_idx" ON "industries" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "parks_province_idx" ON "parks" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "parks_code_idx" ON "parks" USING btree ("catalogue_code");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_province_idx" ON "regions" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "enterprise_annual_year_idx" ON "enterprise_annual" USING btree ("year");--> statement-breakpoint
CREATE INDEX "enterprise_monthly_period_idx" ON "enterprise_monthly" USING btree ("period");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_credit_code_uq" ON "enterprises" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "enterprises_park_idx" ON "enterprises" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "enterprises_province_idx" ON "enterprises" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "enterprises_industry_idx" ON "enterprises" USING btree ("industry_code");--> statement-breakpoint
CREATE UNIQUE INDEX "land_parcels_code_uq" ON "land_parcels" USING btree ("park_id","parcel_code");--> statement-breakpoint
CREATE INDEX "land_parcels_holder_idx" ON "land_parcels" USING btree ("holder_enterprise_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_key");--> statement-breakpoint
CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "import_batches_park_idx" ON "import_batches" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "import_batches_province_idx" ON "import_batches" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "import_errors_batch_idx" ON "import_errors" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");