import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rate_limits\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	\`reset_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rate_limits_key_idx\` ON \`rate_limits\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rate_limits_reset_at_idx\` ON \`rate_limits\` (\`reset_at\`);`)
  await db.run(sql`CREATE TABLE \`assessment_stats_snapshots\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key_id\` text(36) NOT NULL,
  	\`as_of\` text,
  	\`n\` numeric DEFAULT 0 NOT NULL,
  	\`dimensions\` text,
  	\`new_clients\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`key_id\`) REFERENCES \`assessment_keys\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`assessment_stats_snapshots_key_idx\` ON \`assessment_stats_snapshots\` (\`key_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`assessment_stats_snapshots_updated_at_idx\` ON \`assessment_stats_snapshots\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`assessment_stats_snapshots_created_at_idx\` ON \`assessment_stats_snapshots\` (\`created_at\`);`,
  )
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_response_access_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`response\` text,
  	\`grant\` text,
  	\`assessment\` text,
  	\`version\` numeric,
  	\`counselor_id\` text(36),
  	\`action\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`counselor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // drizzle-kit copied the two new columns too, which the old table does not have: only the old ones are copied.
  await db.run(
    sql`INSERT INTO \`__new_response_access_log\`("id", "response", "grant", "counselor_id", "action", "updated_at", "created_at") SELECT "id", "response", "grant", "counselor_id", "action", "updated_at", "created_at" FROM \`response_access_log\`;`,
  )
  await db.run(sql`DROP TABLE \`response_access_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_response_access_log\` RENAME TO \`response_access_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`response_access_log_response_idx\` ON \`response_access_log\` (\`response\`);`,
  )
  await db.run(sql`CREATE INDEX \`response_access_log_grant_idx\` ON \`response_access_log\` (\`grant\`);`)
  await db.run(
    sql`CREATE INDEX \`response_access_log_assessment_idx\` ON \`response_access_log\` (\`assessment\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`response_access_log_counselor_idx\` ON \`response_access_log\` (\`counselor_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`response_access_log_updated_at_idx\` ON \`response_access_log\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`response_access_log_created_at_idx\` ON \`response_access_log\` (\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`comment_bans\` ADD \`email_hash\` text;`)
  await db.run(sql`CREATE INDEX \`comment_bans_email_hash_idx\` ON \`comment_bans\` (\`email_hash\`);`)
  await db.run(sql`ALTER TABLE \`moderation_log\` ADD \`changes\` text;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rate_limits_id\` text(36) REFERENCES rate_limits(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assessment_stats_snapshots_id\` text(36) REFERENCES assessment_stats_snapshots(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_assessment_stats_snapshots_idx\` ON \`payload_locked_documents_rels\` (\`assessment_stats_snapshots_id\`);`,
  )
  // Flood-control timestamps keyed by plain email addresses; from now on every key is a keyed hash.
  await db.run(sql`DELETE FROM \`comment_rate_limits\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`readers\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`readers\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rate_limits\`;`)
  await db.run(sql`DROP TABLE \`assessment_stats_snapshots\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`categories_id\` text(36),
  	\`comments_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`readers_id\` text(36),
  	\`assessments_id\` text(36),
  	\`questions_id\` text(36),
  	\`comment_bans_id\` text(36),
  	\`comment_flags_id\` text(36),
  	\`moderation_log_id\` text(36),
  	\`comment_rate_limits_id\` text(36),
  	\`assessment_keys_id\` text(36),
  	\`responses_id\` text(36),
  	\`couples_id\` text(36),
  	\`response_grants_id\` text(36),
  	\`response_access_log_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`readers_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_bans_id\`) REFERENCES \`comment_bans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_flags_id\`) REFERENCES \`comment_flags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`moderation_log_id\`) REFERENCES \`moderation_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_rate_limits_id\`) REFERENCES \`comment_rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_keys_id\`) REFERENCES \`assessment_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responses_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`couples_id\`) REFERENCES \`couples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`response_grants_id\`) REFERENCES \`response_grants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`response_access_log_id\`) REFERENCES \`response_access_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "categories_id", "comments_id", "media_id", "users_id", "readers_id", "assessments_id", "questions_id", "comment_bans_id", "comment_flags_id", "moderation_log_id", "comment_rate_limits_id", "assessment_keys_id", "responses_id", "couples_id", "response_grants_id", "response_access_log_id") SELECT "id", "order", "parent_id", "path", "articles_id", "categories_id", "comments_id", "media_id", "users_id", "readers_id", "assessments_id", "questions_id", "comment_bans_id", "comment_flags_id", "moderation_log_id", "comment_rate_limits_id", "assessment_keys_id", "responses_id", "couples_id", "response_grants_id", "response_access_log_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_readers_id_idx\` ON \`payload_locked_documents_rels\` (\`readers_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`assessments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comment_bans_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_bans_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comment_flags_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_flags_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_moderation_log_id_idx\` ON \`payload_locked_documents_rels\` (\`moderation_log_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comment_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_rate_limits_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_assessment_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_keys_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`responses_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_couples_id_idx\` ON \`payload_locked_documents_rels\` (\`couples_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_response_grants_id_idx\` ON \`payload_locked_documents_rels\` (\`response_grants_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_response_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`response_access_log_id\`);`,
  )
  await db.run(sql`DROP INDEX \`comment_bans_email_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`comment_bans\` DROP COLUMN \`email_hash\`;`)
  await db.run(sql`CREATE TABLE \`__new_response_access_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`response\` text NOT NULL,
  	\`grant\` text NOT NULL,
  	\`counselor_id\` text(36),
  	\`action\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`counselor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_response_access_log\`("id", "response", "grant", "counselor_id", "action", "updated_at", "created_at") SELECT "id", "response", "grant", "counselor_id", "action", "updated_at", "created_at" FROM \`response_access_log\`;`,
  )
  await db.run(sql`DROP TABLE \`response_access_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_response_access_log\` RENAME TO \`response_access_log\`;`)
  await db.run(
    sql`CREATE INDEX \`response_access_log_response_idx\` ON \`response_access_log\` (\`response\`);`,
  )
  await db.run(sql`CREATE INDEX \`response_access_log_grant_idx\` ON \`response_access_log\` (\`grant\`);`)
  await db.run(
    sql`CREATE INDEX \`response_access_log_counselor_idx\` ON \`response_access_log\` (\`counselor_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`response_access_log_updated_at_idx\` ON \`response_access_log\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`response_access_log_created_at_idx\` ON \`response_access_log\` (\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`readers\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`readers\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`moderation_log\` DROP COLUMN \`changes\`;`)
}
