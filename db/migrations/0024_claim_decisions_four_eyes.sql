-- Every claim decision now needs a second person (four eyes): an applied decision names its confirmer.
-- NOT VALID: decisions applied before this migration (an approval at or under the threshold counted at once)
-- stay as they were; every row written or changed from now on is checked.
ALTER TABLE "claim_decisions" ADD CONSTRAINT "claim_decisions_applied_confirmed" CHECK ("claim_decisions"."state" <> 'applied' or "claim_decisions"."confirmed_by" is not null) NOT VALID;
