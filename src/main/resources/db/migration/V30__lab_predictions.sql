-- A learner's prediction for a preset, asked before it runs and shown beside the outcome: the index of the chosen
-- answer among the preset's choices (content/lab-presets.yaml), null when none was given. Portable SQL: H2 and
-- PostgreSQL.
ALTER TABLE experiment ADD COLUMN prediction INTEGER;
