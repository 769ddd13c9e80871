DROP INDEX "affected_records_email_hash_idx";--> statement-breakpoint
ALTER TABLE "affected_records" ALTER COLUMN "notice_code" SET DATA TYPE text collate "C";--> statement-breakpoint
ALTER TABLE "affected_records" ALTER COLUMN "language" SET DATA TYPE text collate "C";--> statement-breakpoint
ALTER TABLE "affected_records" ALTER COLUMN "state" SET DATA TYPE text collate "C";--> statement-breakpoint
CREATE INDEX "affected_records_email_hash_idx" ON "affected_records" USING hash ("email_hash") WHERE "affected_records"."email_hash" is not null;