-- The disclosure audit trail for the embedded demo database: the same columns as on
-- PostgreSQL, one plain table, no partitions, no roles (see docs/audit.md).
CREATE TABLE audit_event (
    seq                        BIGINT                   PRIMARY KEY,
    event_id                   UUID                     NOT NULL,
    occurred_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type                 VARCHAR(32)              NOT NULL,
    outcome                    VARCHAR(16)              NOT NULL,
    subject                    VARCHAR(256),
    roles                      VARCHAR ARRAY            NOT NULL,
    client_id                  VARCHAR(256),
    client_address             VARCHAR(256),
    purpose_of_use             VARCHAR(256),
    operation_name             VARCHAR(256),
    document_hash              VARCHAR(256),
    criteria                   VARCHAR                  NOT NULL,
    person_handles             VARCHAR ARRAY            NOT NULL,
    agency_record_ids          VARCHAR ARRAY            NOT NULL,
    field_groups_disclosed     VARCHAR ARRAY            NOT NULL,
    field_groups_withheld      VARCHAR ARRAY            NOT NULL,
    family_violence_restricted BOOLEAN                  NOT NULL,
    federal_tax_information    BOOLEAN                  NOT NULL,
    source_outcomes            VARCHAR                  NOT NULL,
    detail                     VARCHAR(256),
    prev_hash                  VARCHAR(64)              NOT NULL,
    hash                       VARCHAR(64)              NOT NULL
);

CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX audit_event_subject ON audit_event (subject, occurred_at);
CREATE INDEX audit_event_client ON audit_event (client_id, occurred_at);

CREATE TABLE audit_checkpoint (
    seq        BIGINT                   PRIMARY KEY,
    hash       VARCHAR(64)              NOT NULL,
    signed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id     VARCHAR(64)              NOT NULL,
    signature  VARCHAR                  NOT NULL
);

CREATE TABLE audit_archive (
    partition_name VARCHAR(128)             PRIMARY KEY,
    month_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    first_seq      BIGINT,
    last_seq       BIGINT,
    last_hash      VARCHAR(64),
    detached_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
