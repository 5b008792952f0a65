-- The access policy security officers configure: one row per version, each holding the whole
-- policy, so a version can be shown, compared and restored exactly as it was. Rows are only
-- ever inserted; the newest row is the policy in force on every replica.
CREATE TABLE access_policy_version (
    version     BIGINT                   NOT NULL PRIMARY KEY,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(200)             NOT NULL,
    reason      VARCHAR(1000)            NOT NULL,
    summary     TEXT                     NOT NULL,
    rollback_of BIGINT,
    document    TEXT                     NOT NULL,
    CONSTRAINT access_policy_version_positive CHECK (version > 0),
    CONSTRAINT access_policy_version_reason CHECK (LENGTH(TRIM(reason)) > 0)
);
