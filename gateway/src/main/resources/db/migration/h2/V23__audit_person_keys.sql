-- Keyed hashes of the identity keys of the people each record disclosed (see the PostgreSQL
-- migration of the same version). NULL for records written before the column existed.
ALTER TABLE audit_event ADD COLUMN person_keys VARCHAR ARRAY;
