import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "counselor_share_codes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar,
  	"label" varchar,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"revoked_at" timestamp(3) with time zone,
  	"counselor_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "response_grants" ADD COLUMN "code_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "counselor_share_codes_id" uuid;
  ALTER TABLE "counselor_share_codes" ADD CONSTRAINT "counselor_share_codes_counselor_id_users_id_fk" FOREIGN KEY ("counselor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "counselor_share_codes_code_idx" ON "counselor_share_codes" USING btree ("code");
  CREATE INDEX "counselor_share_codes_expires_at_idx" ON "counselor_share_codes" USING btree ("expires_at");
  CREATE INDEX "counselor_share_codes_revoked_idx" ON "counselor_share_codes" USING btree ("revoked");
  CREATE INDEX "counselor_share_codes_counselor_idx" ON "counselor_share_codes" USING btree ("counselor_id");
  CREATE INDEX "counselor_share_codes_updated_at_idx" ON "counselor_share_codes" USING btree ("updated_at");
  CREATE INDEX "counselor_share_codes_created_at_idx" ON "counselor_share_codes" USING btree ("created_at");
  ALTER TABLE "response_grants" ADD CONSTRAINT "response_grants_code_id_counselor_share_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."counselor_share_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counselor_share_codes_fk" FOREIGN KEY ("counselor_share_codes_id") REFERENCES "public"."counselor_share_codes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "response_grants_code_idx" ON "response_grants" USING btree ("code_id");
  CREATE INDEX "payload_locked_documents_rels_counselor_share_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("counselor_share_codes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "counselor_share_codes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "counselor_share_codes" CASCADE;
  ALTER TABLE "response_grants" DROP CONSTRAINT "response_grants_code_id_counselor_share_codes_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_counselor_share_codes_fk";
  
  DROP INDEX "response_grants_code_idx";
  DROP INDEX "payload_locked_documents_rels_counselor_share_codes_id_idx";
  ALTER TABLE "response_grants" DROP COLUMN "code_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "counselor_share_codes_id";`)
}
