-- When a learner last wrote something, so guests idle for longer than prunelab.limits.guest-idle can be deleted.
-- Portable SQL: runs on H2 and PostgreSQL.

ALTER TABLE learner ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;
UPDATE learner SET last_seen_at = created_at;
CREATE INDEX ix_learner_guest_seen ON learner (last_seen_at);
