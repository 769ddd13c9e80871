CREATE TYPE "public"."claim_decision_state" AS ENUM('pending', 'applied', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."claim_outcome" AS ENUM('approved', 'partly_approved', 'denied');--> statement-breakpoint
CREATE TYPE "public"."claim_status" AS ENUM('submitted', 'in_review', 'more_information_needed', 'approved', 'partly_approved', 'denied', 'payment_issued', 'paid', 'payment_returned', 'reissued');--> statement-breakpoint
CREATE TYPE "public"."payment_export_kind" AS ENUM('ach', 'check');--> statement-breakpoint
CREATE TYPE "public"."payment_export_state" AS ENUM('prepared', 'released', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('check', 'direct_deposit');--> statement-breakpoint
CREATE TABLE "claim_decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"claim_id" bigint NOT NULL,
	"outcome" "claim_outcome" NOT NULL,
	"amount_cents" bigint NOT NULL,
	"reason_code" text,
	"state" "claim_decision_state" NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "claim_decisions_two_people" CHECK ("claim_decisions"."confirmed_by" is null or "claim_decisions"."confirmed_by" <> "claim_decisions"."proposed_by"),
	CONSTRAINT "claim_decisions_amount" CHECK ("claim_decisions"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "claim_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"claim_id" bigint NOT NULL,
	"from_status" "claim_status",
	"to_status" "claim_status" NOT NULL,
	"actor" text NOT NULL,
	"reason_code" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_payments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"claim_id" bigint NOT NULL,
	"export_id" bigint NOT NULL,
	"amount_cents" bigint NOT NULL,
	"trace_number" text,
	"returned_at" timestamp with time zone,
	"return_code" text,
	CONSTRAINT "claim_payments_amount" CHECK ("claim_payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"claim_number" text collate "C" NOT NULL,
	"pin_hash" "bytea" NOT NULL,
	"record_id" bigint NOT NULL,
	"status" "claim_status" DEFAULT 'submitted' NOT NULL,
	"statutory_cents" bigint NOT NULL,
	"actual_cents" bigint,
	"payment_method" "payment_method" NOT NULL,
	"sealed" "bytea" NOT NULL,
	"key_version" smallint NOT NULL,
	"payment_signal" "bytea",
	"address_signal" "bytea",
	"language" text collate "C" NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_exports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" "payment_export_kind" NOT NULL,
	"state" "payment_export_state" DEFAULT 'prepared' NOT NULL,
	"prepared_by" text NOT NULL,
	"prepared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"released_by" text,
	"released_at" timestamp with time zone,
	"claim_count" bigint NOT NULL,
	"total_cents" bigint NOT NULL,
	"file" "bytea",
	"file_sha256" "bytea",
	"key_version" smallint,
	CONSTRAINT "payment_exports_two_people" CHECK ("payment_exports"."released_by" is null or "payment_exports"."released_by" <> "payment_exports"."prepared_by")
);
--> statement-breakpoint
ALTER TABLE "claim_decisions" ADD CONSTRAINT "claim_decisions_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_events" ADD CONSTRAINT "claim_events_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_payments" ADD CONSTRAINT "claim_payments_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_payments" ADD CONSTRAINT "claim_payments_export_id_payment_exports_id_fk" FOREIGN KEY ("export_id") REFERENCES "public"."payment_exports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_record_id_affected_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."affected_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_decisions_claim_idx" ON "claim_decisions" USING btree ("claim_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_decisions_one_pending" ON "claim_decisions" USING btree ("claim_id") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "claim_events_claim_idx" ON "claim_events" USING btree ("claim_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_payments_one_live" ON "claim_payments" USING btree ("claim_id") WHERE returned_at is null;--> statement-breakpoint
CREATE INDEX "claim_payments_export_idx" ON "claim_payments" USING btree ("export_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_record_id_key" ON "claims" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_claim_number_key" ON "claims" USING btree ("claim_number");--> statement-breakpoint
CREATE INDEX "claims_status_idx" ON "claims" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "claims_payment_signal_idx" ON "claims" USING btree ("payment_signal");--> statement-breakpoint
CREATE INDEX "claims_address_signal_idx" ON "claims" USING btree ("address_signal");