ALTER TABLE "group" ADD COLUMN "crisis_resources" jsonb;--> statement-breakpoint
ALTER TABLE "group" ADD COLUMN "filter_words" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "plan" ADD COLUMN "closing_note" text;--> statement-breakpoint
ALTER TABLE "prompt" ADD COLUMN "guidance" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "locked" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "card" text;--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "closing_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "prompt_round" ADD COLUMN "needs_attention" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "prompt_round" ADD COLUMN "hidden_texts" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "prompt_round" ADD COLUMN "hidden_words" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "session_prompt" ADD COLUMN "prompt_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "session_prompt" ADD COLUMN "guidance" text DEFAULT '' NOT NULL;