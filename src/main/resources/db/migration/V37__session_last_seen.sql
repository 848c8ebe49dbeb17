-- Sessions end after a time without use (sliding), as well as at their absolute expiry.
ALTER TABLE auth_session ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;
UPDATE auth_session SET last_seen_at = created_at;
ALTER TABLE auth_session ALTER COLUMN last_seen_at SET NOT NULL;
CREATE INDEX ix_auth_session_last_seen ON auth_session (last_seen_at);
