CREATE TABLE "org_authorizations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" bigint NOT NULL,
	"case_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"scope_status" boolean NOT NULL,
	"scope_copies" boolean NOT NULL,
	"scope_claim" boolean NOT NULL,
	"caf_number" text collate "C",
	"document_sealed" "bytea" NOT NULL,
	"document_media_type" text collate "C" NOT NULL,
	"document_sha256" "bytea" NOT NULL,
	"key_version" smallint NOT NULL,
	"starts_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"created_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"superseded_by" bigint,
	CONSTRAINT "org_authorizations_kind_check" CHECK ("org_authorizations"."kind" in ('form_8821', 'form_2848', 'signed_consent')),
	CONSTRAINT "org_authorizations_dates" CHECK ("org_authorizations"."expires_on" >= "org_authorizations"."starts_on"),
	CONSTRAINT "org_authorizations_some_scope" CHECK ("org_authorizations"."scope_status" or "org_authorizations"."scope_copies" or "org_authorizations"."scope_claim"),
	CONSTRAINT "org_authorizations_caf_check" CHECK ("org_authorizations"."caf_number" is null or "org_authorizations"."caf_number" ~ '^[0-9]{4}-[0-9]{5}R?$')
);
--> statement-breakpoint
CREATE TABLE "org_cases" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" bigint NOT NULL,
	"opened_by" bigint NOT NULL,
	"label_sealed" "bytea" NOT NULL,
	"key_version" smallint NOT NULL,
	"language" text collate "C" NOT NULL,
	"record_id" bigint,
	"checked_at" timestamp with time zone,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "org_members" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" bigint NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"language" text collate "C" NOT NULL,
	"invited_by" bigint,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"totp_sealed" "bytea",
	"totp_enrolled_at" timestamp with time zone,
	"totp_last_step" bigint,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "org_members_role_check" CHECK ("org_members"."role" in ('org_admin', 'advocate'))
);
--> statement-breakpoint
CREATE TABLE "org_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"second_factor" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "org_sign_in_links" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"token_hash" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "org_sign_in_links_lifetime" CHECK ("org_sign_in_links"."expires_at" <= "org_sign_in_links"."created_at" + interval '15 minutes')
);
--> statement-breakpoint
CREATE TABLE "organization_decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" bigint NOT NULL,
	"outcome" text NOT NULL,
	"reason" text,
	"proposed_by" text NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone,
	"withdrawn_by" text,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "organization_decisions_outcome_check" CHECK ("organization_decisions"."outcome" in ('approve', 'reject')),
	CONSTRAINT "organization_decisions_state_check" CHECK ("organization_decisions"."state" in ('pending', 'applied', 'withdrawn')),
	CONSTRAINT "organization_decisions_two_people" CHECK ("organization_decisions"."confirmed_by" is null or "organization_decisions"."confirmed_by" <> "organization_decisions"."proposed_by"),
	CONSTRAINT "organization_decisions_applied_confirmed" CHECK ("organization_decisions"."state" <> 'applied' or "organization_decisions"."confirmed_by" is not null)
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"ein" text collate "C" NOT NULL,
	"kind" text NOT NULL,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"city" text NOT NULL,
	"state" text collate "C" NOT NULL,
	"zip" text collate "C" NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"language" text collate "C" NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "organizations_status_check" CHECK ("organizations"."status" in ('applied', 'approved', 'rejected')),
	CONSTRAINT "organizations_kind_check" CHECK ("organizations"."kind" in ('legal_aid', 'immigrant_rights', 'tax_clinic', 'community', 'other')),
	CONSTRAINT "organizations_ein_check" CHECK ("organizations"."ein" ~ '^[0-9]{9}$')
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "assisted_by_org_id" bigint;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "assisted_by_member_id" bigint;--> statement-breakpoint
ALTER TABLE "org_authorizations" ADD CONSTRAINT "org_authorizations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_authorizations" ADD CONSTRAINT "org_authorizations_case_id_org_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."org_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_authorizations" ADD CONSTRAINT "org_authorizations_created_by_org_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."org_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_cases" ADD CONSTRAINT "org_cases_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_cases" ADD CONSTRAINT "org_cases_opened_by_org_members_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."org_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_cases" ADD CONSTRAINT "org_cases_record_id_affected_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."affected_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_members" ADD CONSTRAINT "org_members_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_sessions" ADD CONSTRAINT "org_sessions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_sessions" ADD CONSTRAINT "org_sessions_member_id_org_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."org_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_sign_in_links" ADD CONSTRAINT "org_sign_in_links_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_sign_in_links" ADD CONSTRAINT "org_sign_in_links_member_id_org_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."org_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_decisions" ADD CONSTRAINT "organization_decisions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_authorizations_case_idx" ON "org_authorizations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "org_cases_org_idx" ON "org_cases" USING btree ("org_id","opened_at");--> statement-breakpoint
CREATE INDEX "org_cases_record_idx" ON "org_cases" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_members_email_key" ON "org_members" USING btree ("email");--> statement-breakpoint
CREATE INDEX "org_members_org_idx" ON "org_members" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "org_sessions_member_idx" ON "org_sessions" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_sign_in_links_token_key" ON "org_sign_in_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "org_sign_in_links_member_idx" ON "org_sign_in_links" USING btree ("member_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_decisions_one_pending" ON "organization_decisions" USING btree ("org_id") WHERE state = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_ein_live" ON "organizations" USING btree ("ein") WHERE status <> 'rejected';--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_assisted_by_org_id_organizations_id_fk" FOREIGN KEY ("assisted_by_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;