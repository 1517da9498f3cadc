import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`counselor_share_codes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`label\` text,
  	\`expires_at\` text NOT NULL,
  	\`revoked\` integer DEFAULT false,
  	\`revoked_at\` text,
  	\`counselor_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`counselor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`counselor_share_codes_code_idx\` ON \`counselor_share_codes\` (\`code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`counselor_share_codes_expires_at_idx\` ON \`counselor_share_codes\` (\`expires_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`counselor_share_codes_revoked_idx\` ON \`counselor_share_codes\` (\`revoked\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`counselor_share_codes_counselor_idx\` ON \`counselor_share_codes\` (\`counselor_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`counselor_share_codes_updated_at_idx\` ON \`counselor_share_codes\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`counselor_share_codes_created_at_idx\` ON \`counselor_share_codes\` (\`created_at\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`response_grants\` ADD \`code_id\` text(36) REFERENCES counselor_share_codes(id);`,
  )
  await db.run(sql`CREATE INDEX \`response_grants_code_idx\` ON \`response_grants\` (\`code_id\`);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`counselor_share_codes_id\` text(36) REFERENCES counselor_share_codes(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_counselor_share_codes_id_idx\` ON \`payload_locked_documents_rels\` (\`counselor_share_codes_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`counselor_share_codes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_response_grants\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`response_id\` text(36),
  	\`counselor_id\` text(36),
  	\`revoked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`response_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`counselor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_response_grants\`("id", "response_id", "counselor_id", "revoked_at", "updated_at", "created_at") SELECT "id", "response_id", "counselor_id", "revoked_at", "updated_at", "created_at" FROM \`response_grants\`;`,
  )
  await db.run(sql`DROP TABLE \`response_grants\`;`)
  await db.run(sql`ALTER TABLE \`__new_response_grants\` RENAME TO \`response_grants\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`response_grants_response_idx\` ON \`response_grants\` (\`response_id\`);`)
  await db.run(sql`CREATE INDEX \`response_grants_counselor_idx\` ON \`response_grants\` (\`counselor_id\`);`)
  await db.run(sql`CREATE INDEX \`response_grants_revoked_at_idx\` ON \`response_grants\` (\`revoked_at\`);`)
  await db.run(sql`CREATE INDEX \`response_grants_updated_at_idx\` ON \`response_grants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`response_grants_created_at_idx\` ON \`response_grants\` (\`created_at\`);`)
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
  	\`rate_limits_id\` text(36),
  	\`comment_bans_id\` text(36),
  	\`comment_flags_id\` text(36),
  	\`moderation_log_id\` text(36),
  	\`comment_rate_limits_id\` text(36),
  	\`assessment_keys_id\` text(36),
  	\`responses_id\` text(36),
  	\`couples_id\` text(36),
  	\`response_grants_id\` text(36),
  	\`response_access_log_id\` text(36),
  	\`assessment_stats_snapshots_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`readers_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_bans_id\`) REFERENCES \`comment_bans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_flags_id\`) REFERENCES \`comment_flags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`moderation_log_id\`) REFERENCES \`moderation_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_rate_limits_id\`) REFERENCES \`comment_rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_keys_id\`) REFERENCES \`assessment_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responses_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`couples_id\`) REFERENCES \`couples\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`response_grants_id\`) REFERENCES \`response_grants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`response_access_log_id\`) REFERENCES \`response_access_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_stats_snapshots_id\`) REFERENCES \`assessment_stats_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "categories_id", "comments_id", "media_id", "users_id", "readers_id", "assessments_id", "questions_id", "rate_limits_id", "comment_bans_id", "comment_flags_id", "moderation_log_id", "comment_rate_limits_id", "assessment_keys_id", "responses_id", "couples_id", "response_grants_id", "response_access_log_id", "assessment_stats_snapshots_id") SELECT "id", "order", "parent_id", "path", "articles_id", "categories_id", "comments_id", "media_id", "users_id", "readers_id", "assessments_id", "questions_id", "rate_limits_id", "comment_bans_id", "comment_flags_id", "moderation_log_id", "comment_rate_limits_id", "assessment_keys_id", "responses_id", "couples_id", "response_grants_id", "response_access_log_id", "assessment_stats_snapshots_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
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
    sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`,
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_assessment_stats_snapshots_idx\` ON \`payload_locked_documents_rels\` (\`assessment_stats_snapshots_id\`);`,
  )
}
