CREATE TYPE "public"."import_upload_status" AS ENUM('queued', 'importing', 'completed', 'failed');--> statement-breakpoint
CREATE TABLE "import_uploads" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor" text NOT NULL,
	"status" "import_upload_status" DEFAULT 'queued' NOT NULL,
	"stored_as" text NOT NULL,
	"bytes" integer NOT NULL,
	"lines" integer NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"import_id" bigint,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "import_uploads" ADD CONSTRAINT "import_uploads_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;