ALTER TABLE "affected_records" DROP CONSTRAINT "affected_records_last_import_id_imports_id_fk";
--> statement-breakpoint
DROP INDEX "affected_records_email_hash_idx";--> statement-breakpoint
CREATE INDEX "affected_records_email_hash_idx" ON "affected_records" USING btree ("email_hash") WHERE "affected_records"."email_hash" is not null;