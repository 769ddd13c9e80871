-- Row-level security on every organization-linked table (issue 15, item 6). A member's request runs its
-- transaction as dc_org_member with app.org_id set locally (db/org-scope.ts): it sees and writes its own
-- organization's rows only, whatever the application's own queries say. Trusted code acting for no member
-- (staff, workers, the public application form, a client revoking from their own session) sets
-- app.scope = 'service'. With neither set, these tables are empty to every role that RLS applies to.
-- FORCE applies the policies to the tables' owner too; superusers bypass RLS, which is why a member's
-- transaction switches role rather than relying on the connecting role.
-- The role is cluster-wide: two databases migrating at once may both try to create it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dc_org_member') THEN
    CREATE ROLE dc_org_member NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO dc_org_member;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dc_org_member;
--> statement-breakpoint
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO dc_org_member;
--> statement-breakpoint
-- Tables and sequences later migrations create (by the same owner) get the same rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO dc_org_member;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO dc_org_member;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM dc_org_member;
--> statement-breakpoint
REVOKE SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_checkpoints FROM dc_org_member;
--> statement-breakpoint
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A member reads their own organization; only trusted code writes it (applications, decisions).
CREATE POLICY organizations_member ON organizations FOR SELECT
  USING (id = nullif(current_setting('app.org_id', true), '')::bigint);
--> statement-breakpoint
CREATE POLICY organizations_service ON organizations
  USING (current_setting('app.scope', true) = 'service') WITH CHECK (current_setting('app.scope', true) = 'service');
--> statement-breakpoint
ALTER TABLE organization_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE organization_decisions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Staff decisions about an application: never a member's to read or write.
CREATE POLICY organization_decisions_service ON organization_decisions
  USING (current_setting('app.scope', true) = 'service') WITH CHECK (current_setting('app.scope', true) = 'service');
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['org_members', 'org_sign_in_links', 'org_sessions', 'org_cases', 'org_authorizations'] LOOP
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
