ALTER TABLE "dev_outbox" ALTER COLUMN "sealed" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "dev_outbox" ADD COLUMN "content_deleted_at" timestamp with time zone;