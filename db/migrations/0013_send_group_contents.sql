ALTER TYPE "public"."notice_status" ADD VALUE 'needs_attention';--> statement-breakpoint
CREATE TABLE "send_group_contents" (
	"group_key" text PRIMARY KEY NOT NULL,
	"sealed" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
