ALTER TABLE "group" ADD COLUMN "text_retention_days" integer;--> statement-breakpoint
ALTER TABLE "prompt" ADD COLUMN "measure" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "prompt" ADD COLUMN "measure_series" uuid;--> statement-breakpoint
ALTER TABLE "prompt" ADD COLUMN "measure_version" integer;--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "notes" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "texts_deleted_at" timestamp with time zone;