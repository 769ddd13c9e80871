ALTER TYPE "public"."notice_status" ADD VALUE 'needs_attention';--> statement-breakpoint
CREATE TABLE "send_group_contents" (
	"group_key" text PRIMARY KEY NOT NULL,
	"sealed" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dev_outbox" ALTER COLUMN "sealed" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "dev_outbox" ADD COLUMN "content_deleted_at" timestamp with time zone;