-- Two people for the withdrawal of an approved certification (issue 11, part 1): one requests it, another
-- confirms it. The two people are the requester and the confirmer; the certification's creator may be
-- either of them (the one who recorded it is often the first to learn it was wrong), never both, since
-- one person can never be requester and confirmer. So the old rule "never its creator" gives way to
-- "never its requester", here under the statement in db/queries/disposal.ts (confirmDisposalWithdrawal).
ALTER TABLE "disposal_certifications" DROP CONSTRAINT "disposal_certifications_withdrawer_not_creator";--> statement-breakpoint
-- A withdrawn approved certification names a requester other than the one who confirmed. NOT VALID: rows
-- withdrawn in one step before this migration keep their history as it happened (no requester is invented
-- for them); every row written from now on is checked.
ALTER TABLE "disposal_certifications" ADD CONSTRAINT "disposal_certifications_withdrawer_not_requester"
  CHECK ("approved_by" IS NULL OR "withdrawn_by" IS NULL
      OR ("withdrawal_requested_by" IS NOT NULL AND "withdrawn_by" <> "withdrawal_requested_by")) NOT VALID;--> statement-breakpoint
-- A request exists only on an approved (or, once confirmed, withdrawn) certification, with who, when and
-- why; an approved certification with no request carries no reason.
ALTER TABLE "disposal_certifications" ADD CONSTRAINT "disposal_certifications_withdrawal_request_consistent"
  CHECK ((("withdrawal_requested_by" IS NULL) = ("withdrawal_requested_at" IS NULL))
     AND ("withdrawal_requested_by" IS NULL OR ("approved_by" IS NOT NULL AND "withdrawal_reason" IS NOT NULL))
     AND ("status" <> 'approved' OR "withdrawal_requested_by" IS NOT NULL OR "withdrawal_reason" IS NULL));
