CREATE TYPE "public"."disclosure_category" AS ENUM('address_verified', 'address_supplied', 'incomplete_address');--> statement-breakpoint
CREATE TYPE "public"."tin_kind" AS ENUM('ssn', 'itin');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('running', 'completed', 'failed');--> statement-breakpoint
CREATE TABLE "affected_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"notice_code" text NOT NULL,
	"tin_hash" "bytea" NOT NULL,
	"tin_kind" "tin_kind" NOT NULL,
	"identity_hashes" "bytea"[] NOT NULL,
	"email_hash" "bytea",
	"pii" "bytea" NOT NULL,
	"key_version" smallint NOT NULL,
	"language" text NOT NULL,
	"state" text NOT NULL,
	"category" "disclosure_category" NOT NULL,
	"disclosed_elements" text[] NOT NULL,
	"disclosed_on" date NOT NULL,
	"fingerprint" "bytea" NOT NULL,
	"last_import_id" bigint,
	"notified_at" timestamp with time zone,
	"disposal_confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"actor" text NOT NULL,
	"status" "import_status" DEFAULT 'running' NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"rejects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"record_id" bigint,
	"outcome" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prev_hash" "bytea",
	"hash" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "affected_records" ADD CONSTRAINT "affected_records_last_import_id_imports_id_fk" FOREIGN KEY ("last_import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "affected_records_tin_hash_key" ON "affected_records" USING btree ("tin_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "affected_records_notice_code_key" ON "affected_records" USING btree ("notice_code");--> statement-breakpoint
CREATE INDEX "affected_records_email_hash_idx" ON "affected_records" USING btree ("email_hash");--> statement-breakpoint
CREATE INDEX "affected_records_selection_idx" ON "affected_records" USING btree ("category","language","state");--> statement-breakpoint
CREATE INDEX "audit_log_record_idx" ON "audit_log" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","at");