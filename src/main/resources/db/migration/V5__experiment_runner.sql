-- Which app instance runs an experiment, so that several instances can share one database: an instance that stops or
-- restarts marks only its own unfinished experiments interrupted, never those another instance is still running.
-- Rows from before this migration have none (they are treated as the previous run's). Portable SQL: H2 and PostgreSQL.
ALTER TABLE experiment ADD COLUMN runner VARCHAR(100);
