-- Rate-limit counts shared by every instance on this database (prunelab.rate-limit.store=database): one Bucket4j
-- bucket per limit and client, its state serialised by Bucket4j, dropped once expires_at (epoch milliseconds) has
-- passed. PostgreSQL only: this directory is a Flyway location only when the datasource is PostgreSQL.

CREATE TABLE rate_limit_bucket (
    id          VARCHAR(300) PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);
CREATE INDEX ix_rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
