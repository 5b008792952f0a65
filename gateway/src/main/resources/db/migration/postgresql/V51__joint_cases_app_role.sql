-- The gateway reads the agencies' change feeds into the inbox and applies each change once
-- (cursor and inbox rows are locked and updated), records refused changes, and keeps the alerts
-- and watches it raises: exactly these privileges, nothing to delete. Refused changes are only
-- ever added.
GRANT SELECT, INSERT, UPDATE ON joint_change_cursor, joint_change_inbox, joint_alert TO casebridge_app;
GRANT SELECT, INSERT ON joint_change_refused, joint_watch TO casebridge_app;
