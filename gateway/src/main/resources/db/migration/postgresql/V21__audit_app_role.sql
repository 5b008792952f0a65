-- The application's database role may read and append to the audit trail, never change it.
-- Production connects as a login role that is a member of casebridge_app (see docs/audit.md);
-- migrations run as the owner. The role is cluster-wide, so creating it tolerates a concurrent
-- migration of another database doing the same.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebridge_app') THEN
        BEGIN
            CREATE ROLE casebridge_app NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO casebridge_app', current_schema());
END
$$;

GRANT SELECT, INSERT ON audit_event, audit_checkpoint, audit_archive TO casebridge_app;
REVOKE ALL ON FUNCTION audit_create_partition(date) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_detach_expired(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_create_partition(date) TO casebridge_app;
GRANT EXECUTE ON FUNCTION audit_detach_expired(interval) TO casebridge_app;
