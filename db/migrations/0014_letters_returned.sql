CREATE TABLE "undeliverable_records" (
	"record_id" bigint PRIMARY KEY NOT NULL,
	"first_piece_id" text NOT NULL,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "undeliverable_records" ADD CONSTRAINT "undeliverable_records_record_id_affected_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."affected_records"("id") ON DELETE no action ON UPDATE no action;