CREATE TABLE "group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coach_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prompt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coach_id" uuid,
	"kind" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"dedupe_key" "bytea" NOT NULL,
	"passed" boolean NOT NULL,
	"answer" jsonb
);
--> statement-breakpoint
CREATE TABLE "live_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"k" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"join_code" text,
	"secret_ciphertext" "bytea",
	"current_round_id" uuid,
	"joined_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"live_session_id" uuid NOT NULL,
	"token_hash" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prompt_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"live_session_id" uuid NOT NULL,
	"session_prompt_id" uuid NOT NULL,
	"round_number" integer NOT NULL,
	"sequence" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"revealed" boolean DEFAULT false NOT NULL,
	CONSTRAINT "prompt_round_sequence_key" UNIQUE("live_session_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"passed" boolean NOT NULL,
	"answer" jsonb
);
--> statement-breakpoint
CREATE TABLE "round_release" (
	"round_id" uuid PRIMARY KEY NOT NULL,
	"answered" integer NOT NULL,
	"results" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_prompt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"live_session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"prompt_id" uuid,
	"definition" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "group" ADD CONSTRAINT "group_coach_id_coach_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."coach"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompt" ADD CONSTRAINT "prompt_coach_id_coach_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."coach"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_response" ADD CONSTRAINT "live_response_round_id_prompt_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."prompt_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_session" ADD CONSTRAINT "live_session_group_id_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant" ADD CONSTRAINT "participant_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompt_round" ADD CONSTRAINT "prompt_round_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompt_round" ADD CONSTRAINT "prompt_round_session_prompt_id_session_prompt_id_fk" FOREIGN KEY ("session_prompt_id") REFERENCES "public"."session_prompt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response" ADD CONSTRAINT "response_round_id_prompt_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."prompt_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_release" ADD CONSTRAINT "round_release_round_id_prompt_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."prompt_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_prompt" ADD CONSTRAINT "session_prompt_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_prompt" ADD CONSTRAINT "session_prompt_prompt_id_prompt_id_fk" FOREIGN KEY ("prompt_id") REFERENCES "public"."prompt"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_coach_idx" ON "group" USING btree ("coach_id");--> statement-breakpoint
CREATE INDEX "prompt_coach_idx" ON "prompt" USING btree ("coach_id");--> statement-breakpoint
CREATE UNIQUE INDEX "live_response_dedupe_key" ON "live_response" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "live_response_round_idx" ON "live_response" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "live_session_group_idx" ON "live_session" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "live_session_join_code_key" ON "live_session" USING btree ("join_code") WHERE "live_session"."join_code" is not null;--> statement-breakpoint
CREATE INDEX "live_session_live_idx" ON "live_session" USING btree ("status","last_activity_at");--> statement-breakpoint
CREATE UNIQUE INDEX "participant_token_hash_key" ON "participant" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "prompt_round_session_idx" ON "prompt_round" USING btree ("live_session_id");--> statement-breakpoint
CREATE INDEX "response_round_idx" ON "response" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "session_prompt_session_idx" ON "session_prompt" USING btree ("live_session_id","position");