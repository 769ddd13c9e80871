CREATE TABLE "claim_appeal_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"claim_id" bigint NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"explanation_sealed" "bytea" NOT NULL,
	"explanation_key_version" smallint NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" text
);
--> statement-breakpoint
ALTER TABLE "claim_appeal_requests" ADD CONSTRAINT "claim_appeal_requests_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_appeal_requests_claim_idx" ON "claim_appeal_requests" USING btree ("claim_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_appeal_requests_one_open" ON "claim_appeal_requests" USING btree ("claim_id") WHERE handled_at is null;