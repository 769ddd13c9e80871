-- Checkpoints of the audit chain's head only grow: refuse any change or removal, whoever asks (the same
-- function as audit_log's triggers).
CREATE TRIGGER audit_checkpoints_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- The application role may only insert checkpoints (db/app-role.ts); verification reads them through this
-- function, which runs with its owner's rights and can only read.
CREATE FUNCTION audit_checkpoint_list() RETURNS TABLE (head_id bigint, head_hash bytea, entry_count bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT head_id, head_hash, entry_count FROM audit_checkpoints ORDER BY head_id, id $$;
