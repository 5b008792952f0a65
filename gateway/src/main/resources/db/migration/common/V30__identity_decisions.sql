-- Caseworkers' identity decisions: "same person" and "not the same person" between the agency
-- records of two candidates a caseworker was shown. A decision is never changed or removed: a
-- supervisor reverses it by adding a reversal, so the history of who decided what, when and why
-- stays whole. A decision is in force while it has no reversal.
CREATE TABLE identity_decision (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    decision      VARCHAR(20)              NOT NULL,
    reason        VARCHAR(1000)            NOT NULL,
    decided_by    VARCHAR(200)             NOT NULL,
    decided_roles VARCHAR(200)             NOT NULL,
    purpose       VARCHAR(40)              NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT identity_decision_kind CHECK (decision IN ('SAME_PERSON', 'NOT_SAME_PERSON')),
    CONSTRAINT identity_decision_reason CHECK (LENGTH(TRIM(reason)) > 0)
);

-- The records on each side of a decision, as source:agency person id. Side A is the candidate
-- the decision was made from, side B the other one.
CREATE TABLE identity_decision_record (
    decision_id VARCHAR(36)  NOT NULL REFERENCES identity_decision (id),
    side        CHAR(1)      NOT NULL,
    record_key  VARCHAR(120) NOT NULL,
    PRIMARY KEY (decision_id, side, record_key),
    CONSTRAINT identity_decision_record_side CHECK (side IN ('A', 'B'))
);
CREATE INDEX identity_decision_record_key ON identity_decision_record (record_key);

-- A supervisor's reversal: at most one per decision.
CREATE TABLE identity_decision_reversal (
    decision_id VARCHAR(36)              NOT NULL PRIMARY KEY REFERENCES identity_decision (id),
    reason      VARCHAR(1000)            NOT NULL,
    reversed_by VARCHAR(200)             NOT NULL,
    reversed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT identity_decision_reversal_reason CHECK (LENGTH(TRIM(reason)) > 0)
);
