CREATE TYPE "public"."letter_status" AS ENUM('pending', 'rejected', 'in_file', 'printed', 'mailed', 'returned');--> statement-breakpoint
CREATE TYPE "public"."print_file_status" AS ENUM('ready', 'printed', 'mailed');--> statement-breakpoint
CREATE TABLE "letter_pieces" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"notice_id" bigint NOT NULL,
	"batch_id" bigint NOT NULL,
	"record_id" bigint NOT NULL,
	"piece_id" text NOT NULL,
	"imb_serial" bigserial NOT NULL,
	"status" "letter_status" DEFAULT 'pending' NOT NULL,
	"reject_reason" text,
	"print_file_id" bigint,
	"file_sequence" integer,
	"pages" integer,
	"sheets" integer,
	"returned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "print_files" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" bigint NOT NULL,
	"file_number" integer NOT NULL,
	"letters" integer NOT NULL,
	"pages" integer NOT NULL,
	"sheets" integer NOT NULL,
	"pdf_sealed" "bytea" NOT NULL,
	"manifest_sealed" "bytea" NOT NULL,
	"pdf_sha256" text NOT NULL,
	"manifest_sha256" text NOT NULL,
	"status" "print_file_status" DEFAULT 'ready' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"printed_at" timestamp with time zone,
	"printed_by" text,
	"mailed_at" timestamp with time zone,
	"mailed_by" text
);
--> statement-breakpoint
CREATE TABLE "undeliverable_records" (
	"record_id" bigint PRIMARY KEY NOT NULL,
	"first_piece_id" text NOT NULL,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "letter_pieces" ADD CONSTRAINT "letter_pieces_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_pieces" ADD CONSTRAINT "letter_pieces_batch_id_notice_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."notice_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_pieces" ADD CONSTRAINT "letter_pieces_record_id_affected_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."affected_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "print_files" ADD CONSTRAINT "print_files_batch_id_notice_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."notice_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "undeliverable_records" ADD CONSTRAINT "undeliverable_records_record_id_affected_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."affected_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "letter_pieces_notice_key" ON "letter_pieces" USING btree ("notice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_pieces_piece_id_key" ON "letter_pieces" USING btree ("piece_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_pieces_file_sequence_key" ON "letter_pieces" USING btree ("print_file_id","file_sequence");--> statement-breakpoint
CREATE INDEX "letter_pieces_batch_status_idx" ON "letter_pieces" USING btree ("batch_id","status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "print_files_batch_number_key" ON "print_files" USING btree ("batch_id","file_number");