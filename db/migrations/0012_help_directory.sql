CREATE TABLE "help_directory_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization" text NOT NULL,
	"languages" text[] NOT NULL,
	"states" text[] NOT NULL,
	"counties" text[] DEFAULT '{}'::text[] NOT NULL,
	"phone" text NOT NULL,
	"address" text NOT NULL,
	"hours" text NOT NULL,
	"cost" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "help_directory_entries_cost_check" CHECK ("help_directory_entries"."cost" in ('free', 'low_cost'))
);
--> statement-breakpoint
CREATE INDEX "help_directory_entries_states_idx" ON "help_directory_entries" USING gin ("states");