CREATE TYPE "public"."claim_document_type" AS ENUM('application/pdf', 'image/jpeg', 'image/png');--> statement-breakpoint
CREATE TABLE "claim_documents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"claim_id" bigint NOT NULL,
	"information_request_id" bigint,
	"media_type" "claim_document_type" NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" "bytea" NOT NULL,
	"sealed" "bytea" NOT NULL,
	"key_version" smallint NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_documents_size" CHECK ("claim_documents"."byte_size" > 0 and "claim_documents"."byte_size" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "claim_information_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"claim_id" bigint NOT NULL,
	"reason_codes" text[] NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"mailed" boolean DEFAULT false NOT NULL,
	"cure_by" date NOT NULL,
	"override_by" text,
	"answered_at" timestamp with time zone,
	"answer_sealed" "bytea",
	"answer_key_version" smallint,
	"lapsed_at" timestamp with time zone,
	CONSTRAINT "claim_information_requests_reasons" CHECK (cardinality("claim_information_requests"."reason_codes") > 0)
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "client_signal" "bytea";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "assigned_to" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "hold_reason" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "held_by" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "held_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "cure_by" date;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "appeal_by" date;--> statement-breakpoint
ALTER TABLE "claim_documents" ADD CONSTRAINT "claim_documents_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_documents" ADD CONSTRAINT "claim_documents_information_request_id_claim_information_requests_id_fk" FOREIGN KEY ("information_request_id") REFERENCES "public"."claim_information_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_information_requests" ADD CONSTRAINT "claim_information_requests_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_documents_claim_idx" ON "claim_documents" USING btree ("claim_id","id");--> statement-breakpoint
CREATE INDEX "claim_information_requests_claim_idx" ON "claim_information_requests" USING btree ("claim_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_information_requests_one_open" ON "claim_information_requests" USING btree ("claim_id") WHERE answered_at is null and lapsed_at is null;--> statement-breakpoint
CREATE INDEX "claims_client_signal_idx" ON "claims" USING btree ("client_signal");--> statement-breakpoint
CREATE INDEX "claims_assigned_idx" ON "claims" USING btree ("assigned_to","id");