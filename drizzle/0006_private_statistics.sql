-- Planner statistics (pg_statistic, shown in pg_stats) keep sample values of a column when
-- ANALYZE or autovacuum runs, and VACUUM FULL at the end of a session does not remove them.
-- While a session is live, samples of these tables would be answers (also ones their writer
-- later changed or turned into a pass), ids and keys. No column of the live tables keeps
-- statistics at all; every query on them goes through a key or an index, so plans do not suffer.
ALTER TABLE "live_response" ALTER COLUMN "id" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "live_response" ALTER COLUMN "round_id" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "live_response" ALTER COLUMN "passed" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "live_response" ALTER COLUMN "answer" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "participant" ALTER COLUMN "id" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "participant" ALTER COLUMN "live_session_id" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "live_session" ALTER COLUMN "join_code" SET STATISTICS 0;
