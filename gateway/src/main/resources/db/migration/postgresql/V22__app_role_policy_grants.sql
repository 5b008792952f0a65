-- The gateway reads the policy in force and records each new version (the first start installs
-- the shipped defaults as version 1); versions are never changed (V11), so nothing more is granted.
-- Every table the gateway uses is granted here or in V21, and nothing else: a new table needs its
-- own grant in the migration that creates it.
GRANT SELECT, INSERT ON access_policy_version TO casebridge_app;
