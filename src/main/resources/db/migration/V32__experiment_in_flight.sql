-- The in-flight limits count a learner's, and an address's, queued and running experiments at every submission.
-- client_address is kept only for visitors who were not signed in (the limit per address is theirs).
-- Portable SQL: H2 and PostgreSQL.
ALTER TABLE experiment ADD COLUMN client_address VARCHAR(64);
CREATE INDEX ix_experiment_status_learner ON experiment (status, learner_id);
CREATE INDEX ix_experiment_status_address ON experiment (status, client_address);
