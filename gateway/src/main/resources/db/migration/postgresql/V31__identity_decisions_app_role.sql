-- Identity decisions are evidence of who said who is who: the gateway records decisions and
-- reversals and reads them, nothing more, and no one may alter or remove a row whatever the
-- application does.
GRANT SELECT, INSERT ON identity_decision, identity_decision_record, identity_decision_reversal TO casebridge_app;

CREATE FUNCTION identity_decision_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'identity decisions are append-only: a supervisor reverses one by adding a reversal';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER identity_decision_no_change
    BEFORE UPDATE OR DELETE ON identity_decision
    FOR EACH ROW EXECUTE FUNCTION identity_decision_immutable();
CREATE TRIGGER identity_decision_no_truncate
    BEFORE TRUNCATE ON identity_decision
    FOR EACH STATEMENT EXECUTE FUNCTION identity_decision_immutable();
CREATE TRIGGER identity_decision_record_no_change
    BEFORE UPDATE OR DELETE ON identity_decision_record
    FOR EACH ROW EXECUTE FUNCTION identity_decision_immutable();
CREATE TRIGGER identity_decision_record_no_truncate
    BEFORE TRUNCATE ON identity_decision_record
    FOR EACH STATEMENT EXECUTE FUNCTION identity_decision_immutable();
CREATE TRIGGER identity_decision_reversal_no_change
    BEFORE UPDATE OR DELETE ON identity_decision_reversal
    FOR EACH ROW EXECUTE FUNCTION identity_decision_immutable();
CREATE TRIGGER identity_decision_reversal_no_truncate
    BEFORE TRUNCATE ON identity_decision_reversal
    FOR EACH STATEMENT EXECUTE FUNCTION identity_decision_immutable();
