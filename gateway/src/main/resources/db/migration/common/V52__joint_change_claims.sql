-- Several appliers (on one replica or many) share the inbox: each claims a few changes for a
-- while, opens their people without holding a database connection, and applies them under the
-- rows' locks, marking them applied in the same transaction. A claim only keeps the others from
-- opening the same people; it never decides what is applied: a change whose claim lapsed (its
-- replica stopped) is claimed again, and one already applied is skipped under its row lock.
ALTER TABLE joint_change_inbox ADD COLUMN claimed_by VARCHAR(60);
ALTER TABLE joint_change_inbox ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
