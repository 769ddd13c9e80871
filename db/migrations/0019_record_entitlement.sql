ALTER TABLE "affected_records" ADD COLUMN "disclosure_acts" smallint;--> statement-breakpoint
ALTER TABLE "affected_records" ADD COLUMN "ruled_unlawful" boolean;