-- The lab's queue is the experiment table, shared by every instance on the database: a queued row is claimed by any
-- instance (runner is the claimer), which renews heartbeat_at while it runs the experiment and reads
-- cancel_requested, set by a cancel through any instance. attempts counts the claims, so a row whose instance died
-- twice is ended instead of taken over once more. Portable SQL: H2 and PostgreSQL.
ALTER TABLE experiment ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE experiment ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE experiment ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX ix_experiment_queue ON experiment (status, created_at);
