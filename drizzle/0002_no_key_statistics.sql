-- Postgres's planner statistics (pg_statistic) keep sample values of a column when ANALYZE
-- or autovacuum runs. For these columns the samples would be dedupe keys, token hashes or
-- sealed secrets, which the end of a live session must destroy. No statistics are kept for
-- them at all; lookups use their unique indexes, so plans do not suffer.
ALTER TABLE "live_response" ALTER COLUMN "dedupe_key" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "participant" ALTER COLUMN "token_hash" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "live_session" ALTER COLUMN "secret_ciphertext" SET STATISTICS 0;
