-- Organization email through the notice pipeline (issue 15): a notice is about a record or is an
-- organization's email (org_id, and member_id unless it goes to the contact), never both; a sign-in link keeps
-- its token sealed (bound to its hash) only so the email can print it.
ALTER TYPE "public"."notice_type" ADD VALUE 'org_sign_in_link';--> statement-breakpoint
ALTER TYPE "public"."notice_type" ADD VALUE 'org_invitation';--> statement-breakpoint
ALTER TYPE "public"."notice_type" ADD VALUE 'org_application_approved';--> statement-breakpoint
ALTER TYPE "public"."notice_type" ADD VALUE 'org_application_rejected';--> statement-breakpoint
ALTER TABLE "notices" ALTER COLUMN "record_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "org_id" bigint;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "member_id" bigint;--> statement-breakpoint
ALTER TABLE "org_sign_in_links" ADD COLUMN "token_sealed" "bytea";--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_member_id_org_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."org_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_org_idx" ON "audit_log" USING btree (("detail"->>'orgId'),"id") WHERE "audit_log"."detail" ? 'orgId';--> statement-breakpoint
CREATE UNIQUE INDEX "notices_org_dedupe_key" ON "notices" USING btree ("org_id","type","channel","dedupe_key") WHERE record_id is null;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_one_subject" CHECK (("notices"."record_id" is null) <> ("notices"."org_id" is null));--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_member_of_org" CHECK ("notices"."member_id" is null or "notices"."org_id" is not null);