-- Every access to a person in one query (docs/audit.md, "Questions auditors ask"): each record
-- keeps keyed hashes of the identity keys of the people it disclosed (agency record ids, SSNs,
-- name with date of birth, case numbers). Records written before this column existed keep it
-- NULL and hash exactly as they did (record format version 1).
ALTER TABLE audit_event ADD COLUMN person_keys text[];

-- On the partitioned table: PostgreSQL creates the index on every partition, present and future.
CREATE INDEX audit_event_person_keys ON audit_event USING gin (person_keys);
