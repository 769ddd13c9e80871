CREATE TYPE "public"."batch_status" AS ENUM('draft', 'running', 'paused', 'cancelled', 'completed');--> statement-breakpoint
CREATE TYPE "public"."disposal_scope" AS ENUM('all', 'category', 'batch', 'notice_codes');--> statement-breakpoint
CREATE TYPE "public"."notice_channel" AS ENUM('email', 'letter');--> statement-breakpoint
CREATE TYPE "public"."notice_status" AS ENUM('pending', 'queued', 'sending', 'sent', 'delivered', 'bounced', 'complained', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."notice_type" AS ENUM('initial_notice', 'disposal_confirmation', 'check_result', 'notice_copy', 'claim_status');--> statement-breakpoint
CREATE TABLE "dev_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"notice_id" bigint NOT NULL,
	"idempotency_key" text NOT NULL,
	"message_id" text NOT NULL,
	"sealed" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dev_outbox_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "disposal_certifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"certified_on" date NOT NULL,
	"reference" text NOT NULL,
	"method" text NOT NULL,
	"scope" "disposal_scope" NOT NULL,
	"scope_value" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"records_marked" integer DEFAULT 0 NOT NULL,
	"batch_id" bigint,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_suppressions" (
	"email_hash" "bytea" PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_batches" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" "notice_type" NOT NULL,
	"selection" jsonb NOT NULL,
	"status" "batch_status" DEFAULT 'draft' NOT NULL,
	"total_at_creation" integer NOT NULL,
	"expanded_through" bigint DEFAULT 0 NOT NULL,
	"expansion_done" timestamp with time zone,
	"created_by" text NOT NULL,
	"approved_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"record_id" bigint NOT NULL,
	"batch_id" bigint,
	"type" "notice_type" NOT NULL,
	"channel" "notice_channel" NOT NULL,
	"dedupe_key" text NOT NULL,
	"language" text NOT NULL,
	"status" "notice_status" DEFAULT 'pending' NOT NULL,
	"group_key" text,
	"provider_message_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "affected_records" ADD COLUMN "disposal_certification_id" bigint;--> statement-breakpoint
ALTER TABLE "dev_outbox" ADD CONSTRAINT "dev_outbox_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD CONSTRAINT "disposal_certifications_batch_id_notice_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."notice_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_record_id_affected_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."affected_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_batch_id_notice_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."notice_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notices_dedupe_key" ON "notices" USING btree ("record_id","type","channel","dedupe_key");--> statement-breakpoint
CREATE INDEX "notices_batch_status_idx" ON "notices" USING btree ("batch_id","status");--> statement-breakpoint
CREATE INDEX "notices_group_idx" ON "notices" USING btree ("group_key");--> statement-breakpoint
CREATE INDEX "notices_status_updated_idx" ON "notices" USING btree ("status","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notices_provider_message_key" ON "notices" USING btree ("provider_message_id");