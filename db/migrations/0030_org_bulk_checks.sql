CREATE TABLE "org_bulk_checks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" bigint NOT NULL,
	"created_by" bigint NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"found" integer DEFAULT 0 NOT NULL,
	"not_found" integer DEFAULT 0 NOT NULL,
	"not_live" integer DEFAULT 0 NOT NULL,
	"invalid" integer DEFAULT 0 NOT NULL,
	"upload_sealed" "bytea",
	"results_sealed" "bytea",
	"key_version" smallint NOT NULL,
	"quota_day" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "org_bulk_checks_status_check" CHECK ("org_bulk_checks"."status" in ('queued', 'running', 'finished', 'failed')),
	CONSTRAINT "org_bulk_checks_progress" CHECK ("org_bulk_checks"."processed" >= 0 and "org_bulk_checks"."processed" <= "org_bulk_checks"."total")
);
--> statement-breakpoint
CREATE TABLE "org_bulk_rows" (
	"bulk_id" bigint NOT NULL,
	"row_no" integer NOT NULL,
	"org_id" bigint NOT NULL,
	"authorization_id" bigint,
	"case_id" bigint,
	"outcome" text NOT NULL,
	"reason" text collate "C",
	CONSTRAINT "org_bulk_rows_bulk_id_row_no_pk" PRIMARY KEY("bulk_id","row_no"),
	CONSTRAINT "org_bulk_rows_outcome_check" CHECK ("org_bulk_rows"."outcome" in ('found', 'not_found', 'authorization_not_live', 'invalid_row'))
);
--> statement-breakpoint
ALTER TABLE "org_bulk_checks" ADD CONSTRAINT "org_bulk_checks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_bulk_checks" ADD CONSTRAINT "org_bulk_checks_created_by_org_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."org_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_bulk_rows" ADD CONSTRAINT "org_bulk_rows_bulk_id_org_bulk_checks_id_fk" FOREIGN KEY ("bulk_id") REFERENCES "public"."org_bulk_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_bulk_rows" ADD CONSTRAINT "org_bulk_rows_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_bulk_rows" ADD CONSTRAINT "org_bulk_rows_case_id_org_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."org_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_bulk_checks_quota_idx" ON "org_bulk_checks" USING btree ("org_id","quota_day");--> statement-breakpoint
CREATE INDEX "org_bulk_checks_expiry_idx" ON "org_bulk_checks" USING btree ("expires_at") WHERE deleted_at is null;--> statement-breakpoint
-- Row-level security as on the other organization tables (0026_org_row_security): a member's transaction
-- (dc_org_member, app.org_id set locally) reaches its own organization's bulk checks and rows only; the
-- purge of expired results and the staff area use the service scope.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['org_bulk_checks', 'org_bulk_rows'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (org_id = nullif(current_setting(''app.org_id'', true), '''')::bigint) '
      'WITH CHECK (org_id = nullif(current_setting(''app.org_id'', true), '''')::bigint)', t || '_member', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (current_setting(''app.scope'', true) = ''service'') '
      'WITH CHECK (current_setting(''app.scope'', true) = ''service'')', t || '_service', t);
  END LOOP;
END $$;
