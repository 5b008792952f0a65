-- The policy's history is evidence of who allowed what: no version may be altered or removed,
-- whatever the application does.
CREATE FUNCTION access_policy_version_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'access policy versions are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_policy_version_no_update
    BEFORE UPDATE OR DELETE ON access_policy_version
    FOR EACH ROW EXECUTE FUNCTION access_policy_version_immutable();

CREATE TRIGGER access_policy_version_no_truncate
    BEFORE TRUNCATE ON access_policy_version
    FOR EACH STATEMENT EXECUTE FUNCTION access_policy_version_immutable();
