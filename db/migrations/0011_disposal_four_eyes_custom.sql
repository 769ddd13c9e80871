-- Four eyes on disposal certifications (issue 11, part 1).
-- A certification recorded before this migration marked its records at once, with nobody's approval. Its
-- coverage is kept (the records it marked), but it becomes a draft like any new one: its marks are cleared,
-- and it counts again only once a second staff member approves it.
INSERT INTO "disposal_coverage" ("certification_id", "record_id")
  SELECT "disposal_certification_id", "id" FROM "affected_records" WHERE "disposal_certification_id" IS NOT NULL
  ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "affected_records" SET "disposal_certification_id" = NULL, "disposal_confirmed_at" = NULL
  WHERE "disposal_certification_id" IS NOT NULL;--> statement-breakpoint
-- Their confirmation batches that never started would select nobody now (the marks are cleared): cancel
-- them, and unlink them so that approval creates a fresh draft batch. A started or finished one stays linked.
-- (The staff's free text, once the public method, stays in the "method" column as the internal note; the
-- public method of these rows is 'other' by the column default.)
UPDATE "notice_batches" SET "status" = 'cancelled', "finished_at" = now()
  WHERE "status" = 'draft' AND "id" IN (SELECT "batch_id" FROM "disposal_certifications" WHERE "batch_id" IS NOT NULL);--> statement-breakpoint
UPDATE "disposal_certifications" SET "batch_id" = NULL
  WHERE "batch_id" IN (SELECT "id" FROM "notice_batches" WHERE "status" = 'cancelled');--> statement-breakpoint
-- The four-eyes rule once more, under the statements in db/queries/disposal.ts: whatever writes the row, its
-- creator can neither approve it nor withdraw it once approved.
ALTER TABLE "disposal_certifications" ADD CONSTRAINT "disposal_certifications_approver_not_creator"
  CHECK ("approved_by" IS NULL OR "approved_by" <> "recorded_by");--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD CONSTRAINT "disposal_certifications_withdrawer_not_creator"
  CHECK ("approved_by" IS NULL OR "withdrawn_by" IS NULL OR "withdrawn_by" <> "recorded_by");--> statement-breakpoint
ALTER TABLE "disposal_certifications" ADD CONSTRAINT "disposal_certifications_status_consistent"
  CHECK (("status" = 'draft' AND "approved_by" IS NULL AND "withdrawn_by" IS NULL)
      OR ("status" = 'approved' AND "approved_by" IS NOT NULL AND "withdrawn_by" IS NULL)
      OR ("status" = 'withdrawn' AND "withdrawn_by" IS NOT NULL AND "withdrawal_reason" IS NOT NULL));
