-- The disclosure audit trail (see docs/audit.md). Append-only and hash-chained; partitioned by
-- month of commit time (recorded_at) so a month can be detached for archiving. recorded_at, not
-- occurred_at, is the partition key because the writer assigns it under the chain lock: it
-- never goes backwards along seq, so every partition holds one contiguous run of the chain.

CREATE TABLE audit_event (
    seq                        bigint       NOT NULL,
    event_id                   uuid         NOT NULL,
    occurred_at                timestamptz  NOT NULL,
    recorded_at                timestamptz  NOT NULL,
    event_type                 varchar(32)  NOT NULL,
    outcome                    varchar(16)  NOT NULL,
    subject                    varchar(256),
    roles                      text[]       NOT NULL,
    client_id                  varchar(256),
    client_address             varchar(256),
    purpose_of_use             varchar(256),
    operation_name             varchar(256),
    document_hash              varchar(256),
    criteria                   text         NOT NULL,
    person_handles             text[]       NOT NULL,
    agency_record_ids          text[]       NOT NULL,
    field_groups_disclosed     text[]       NOT NULL,
    field_groups_withheld      text[]       NOT NULL,
    family_violence_restricted boolean      NOT NULL,
    federal_tax_information    boolean      NOT NULL,
    source_outcomes            text         NOT NULL,
    detail                     varchar(256),
    prev_hash                  varchar(64)  NOT NULL,
    hash                       varchar(64)  NOT NULL,
    PRIMARY KEY (seq, recorded_at)
) PARTITION BY RANGE (recorded_at);

CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX audit_event_subject ON audit_event (subject, occurred_at);
CREATE INDEX audit_event_client ON audit_event (client_id, occurred_at);
CREATE INDEX audit_event_persons ON audit_event USING gin (person_handles);

-- Signed statements "the chain had hash H at seq N" (Ed25519; the key is not in the database).
CREATE TABLE audit_checkpoint (
    seq        bigint       PRIMARY KEY,
    hash       varchar(64)  NOT NULL,
    signed_at  timestamptz  NOT NULL,
    key_id     varchar(64)  NOT NULL,
    signature  text         NOT NULL
);

-- One row per detached monthly partition: where the live chain continues from.
CREATE TABLE audit_archive (
    partition_name varchar(128) PRIMARY KEY,
    month_start    timestamptz  NOT NULL,
    first_seq      bigint,
    last_seq       bigint,
    last_hash      varchar(64),
    detached_at    timestamptz  NOT NULL
);

-- Second wall behind the grants: nobody updates or deletes audit rows, not even the owner,
-- without first disabling triggers (which a superuser can do; the hash chain catches that).
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_archive_append_only BEFORE UPDATE OR DELETE ON audit_archive
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_archive_no_truncate BEFORE TRUNCATE ON audit_archive
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Creates the partition for one UTC month if it does not exist. SECURITY DEFINER so the
-- application role, which owns nothing, can keep partitions ready without DDL rights.
CREATE FUNCTION audit_create_partition(month date) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    first_day timestamp := date_trunc('month', month::timestamp);
    name      text      := 'audit_event_' || to_char(first_day, 'YYYY_MM');
BEGIN
    IF to_regclass(quote_ident(name)) IS NULL THEN
        BEGIN
            EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)',
                name, first_day AT TIME ZONE 'UTC', (first_day + interval '1 month') AT TIME ZONE 'UTC');
        EXCEPTION WHEN duplicate_table THEN
            NULL; -- another replica created it first
        END;
    END IF;
    RETURN name;
END
$$;

-- Detaches every monthly partition that ended before now() - retention and notes where the
-- live chain continues. Detaching keeps the table (the archive); it deletes nothing. A floor of
-- one year stops a compromised application from hiding recent records this way.
CREATE FUNCTION audit_detach_expired(retention interval) RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    cutoff    timestamp := date_trunc('month', (now() AT TIME ZONE 'UTC') - retention);
    part      record;
    month     timestamp;
    low_seq   bigint;
    high_seq  bigint;
    high_hash varchar(64);
BEGIN
    IF retention < interval '1 year' THEN
        RAISE EXCEPTION 'audit retention must be at least one year, got %', retention;
    END IF;
    PERFORM pg_advisory_xact_lock(4850033406542971975);
    FOR part IN
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'audit_event'::regclass AND c.relname ~ '^audit_event_\d{4}_\d{2}$'
        ORDER BY c.relname
    LOOP
        month := to_date(substr(part.relname, 13), 'YYYY_MM')::timestamp;
        IF month + interval '1 month' <= cutoff THEN
            EXECUTE format('SELECT min(seq), max(seq) FROM %I', part.relname) INTO low_seq, high_seq;
            EXECUTE format('SELECT hash FROM %I WHERE seq = $1', part.relname) INTO high_hash USING high_seq;
            EXECUTE format('ALTER TABLE audit_event DETACH PARTITION %I', part.relname);
            INSERT INTO audit_archive (partition_name, month_start, first_seq, last_seq, last_hash, detached_at)
            VALUES (part.relname, month AT TIME ZONE 'UTC', low_seq, high_seq, high_hash, now());
            RETURN NEXT part.relname;
        END IF;
    END LOOP;
END
$$;

-- The current month and the next two, so the trail works before the maintenance job first runs.
SELECT audit_create_partition((date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => m))::date)
FROM generate_series(0, 2) AS m;
