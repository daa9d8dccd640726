CREATE TABLE "import_warnings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" integer NOT NULL,
	"row" integer NOT NULL,
	"column" text NOT NULL,
	"field" varchar(40) NOT NULL,
	"value" double precision NOT NULL,
	"reference_value" double precision NOT NULL,
	"reference_period" varchar(7) NOT NULL,
	"reference_row" integer,
	"message" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "warning_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_warnings" ADD CONSTRAINT "import_warnings_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_warnings_batch_idx" ON "import_warnings" USING btree ("batch_id");