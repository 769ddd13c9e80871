CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"head_id" bigint NOT NULL,
	"head_hash" "bytea" NOT NULL,
	"entry_count" bigint NOT NULL
);
