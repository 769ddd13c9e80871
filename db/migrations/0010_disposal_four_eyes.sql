CREATE TYPE "public"."disposal_method" AS ENUM('deletion', 'media_destruction', 'data_return', 'other');--> statement-breakpoint
CREATE TYPE "public"."disposal_status" AS ENUM('draft', 'approved', 'withdrawn');--> statement-breakpoint
CREATE TABLE "disposal_coverage" (
	"certification_id" bigint NOT NULL,
	"record_id" bigint NOT NULL,
	CONSTRAINT "disposal_coverage_certification_id_record_id_pk" PRIMARY KEY("certification_id","record_id")
);
--> statement-breakpoint
ALTER TABLE "disposal_certifications" ALTER COLUMN "method" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD COLUMN "method_kind" "disposal_method" DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD COLUMN "status" "disposal_status" DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD COLUMN "approved_by" text;--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD COLUMN "withdrawn_by" text;--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "disposal_coverage" ADD CONSTRAINT "disposal_coverage_certification_id_disposal_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."disposal_certifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposal_coverage" ADD CONSTRAINT "disposal_coverage_record_id_affected_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."affected_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disposal_coverage_record_idx" ON "disposal_coverage" USING btree ("record_id");