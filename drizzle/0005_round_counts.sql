ALTER TABLE "live_session" ADD COLUMN "cleanup_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "prompt_round" ADD COLUMN "answered_count" integer;--> statement-breakpoint
ALTER TABLE "prompt_round" ADD COLUMN "passed_count" integer;