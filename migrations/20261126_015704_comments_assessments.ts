import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`article_id\` text(36) NOT NULL,
  	\`parent_id\` text(36),
  	\`thread_id\` text(36),
  	\`depth\` numeric DEFAULT 0,
  	\`body\` text,
  	\`excerpt\` text,
  	\`author_reader_id\` text(36),
  	\`author_staff_id\` text(36),
  	\`author_name\` text NOT NULL,
  	\`author_email\` text,
  	\`is_staff_reply\` integer DEFAULT false,
  	\`edited_at\` text,
  	\`deleted\` integer DEFAULT false,
  	\`notify_on_reply\` integer DEFAULT false,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`moderation_reasons\` text,
  	\`moderation_author_key\` text,
  	\`moderation_ip_fingerprint\` text,
  	\`moderation_body_hash\` text,
  	\`moderation_flag_count\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`thread_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_reader_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_article_idx\` ON \`comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_parent_idx\` ON \`comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_thread_idx\` ON \`comments\` (\`thread_id\`);`)
  await db.run(
    sql`CREATE INDEX \`comments_author_author_reader_idx\` ON \`comments\` (\`author_reader_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`comments_author_author_staff_idx\` ON \`comments\` (\`author_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_author_author_email_idx\` ON \`comments\` (\`author_email\`);`)
  await db.run(sql`CREATE INDEX \`comments_deleted_idx\` ON \`comments\` (\`deleted\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`comments_moderation_moderation_author_key_idx\` ON \`comments\` (\`moderation_author_key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comments_moderation_moderation_ip_fingerprint_idx\` ON \`comments\` (\`moderation_ip_fingerprint\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comments_moderation_moderation_body_hash_idx\` ON \`comments\` (\`moderation_body_hash\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comments_moderation_moderation_flag_count_idx\` ON \`comments\` (\`moderation_flag_count\`);`,
  )
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`article_depth_status_createdAt_idx\` ON \`comments\` (\`article_id\`,\`depth\`,\`status\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`assessments_dimensions_bands_conversation_prompts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`prompt\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments_dimensions_bands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`assessments_dimensions_bands_conversation_prompts_order_idx\` ON \`assessments_dimensions_bands_conversation_prompts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`assessments_dimensions_bands_conversation_prompts_parent_id_idx\` ON \`assessments_dimensions_bands_conversation_prompts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`assessments_dimensions_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`interpretation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments_dimensions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`assessments_dimensions_bands_order_idx\` ON \`assessments_dimensions_bands\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`assessments_dimensions_bands_parent_id_idx\` ON \`assessments_dimensions_bands\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`assessments_dimensions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	\`method\` text DEFAULT 'mean',
  	\`description\` text,
  	\`min_answered_fraction\` numeric DEFAULT 1,
  	\`missing\` text DEFAULT 'withhold',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`assessments_dimensions_order_idx\` ON \`assessments_dimensions\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`assessments_dimensions_parent_id_idx\` ON \`assessments_dimensions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`assessments_overall_bands_conversation_prompts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`prompt\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments_overall_bands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`assessments_overall_bands_conversation_prompts_order_idx\` ON \`assessments_overall_bands_conversation_prompts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`assessments_overall_bands_conversation_prompts_parent_id_idx\` ON \`assessments_overall_bands_conversation_prompts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`assessments_overall_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`interpretation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`assessments_overall_bands_order_idx\` ON \`assessments_overall_bands\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`assessments_overall_bands_parent_id_idx\` ON \`assessments_overall_bands\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`assessments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`audience\` text DEFAULT 'either',
  	\`intro\` text,
  	\`instructions\` text,
  	\`overall_method\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`assessments_slug_idx\` ON \`assessments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`assessments_updated_at_idx\` ON \`assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments_created_at_idx\` ON \`assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments__status_idx\` ON \`assessments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`assessments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`questions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_rels_order_idx\` ON \`assessments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_rels_parent_idx\` ON \`assessments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_rels_path_idx\` ON \`assessments_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`assessments_rels_questions_id_idx\` ON \`assessments_rels\` (\`questions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_assessments_v_version_dimensions_bands_conversation_prompts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`prompt\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v_version_dimensions_bands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_dimensions_bands_conversation_prompts_order_idx\` ON \`_assessments_v_version_dimensions_bands_conversation_prompts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_dimensions_bands_conversation_prompts_parent_id_idx\` ON \`_assessments_v_version_dimensions_bands_conversation_prompts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_assessments_v_version_dimensions_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`interpretation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v_version_dimensions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_dimensions_bands_order_idx\` ON \`_assessments_v_version_dimensions_bands\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_dimensions_bands_parent_id_idx\` ON \`_assessments_v_version_dimensions_bands\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_assessments_v_version_dimensions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	\`method\` text DEFAULT 'mean',
  	\`description\` text,
  	\`min_answered_fraction\` numeric DEFAULT 1,
  	\`missing\` text DEFAULT 'withhold',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_dimensions_order_idx\` ON \`_assessments_v_version_dimensions\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_dimensions_parent_id_idx\` ON \`_assessments_v_version_dimensions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_assessments_v_version_overall_bands_conversation_prompts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`prompt\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v_version_overall_bands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_overall_bands_conversation_prompts_order_idx\` ON \`_assessments_v_version_overall_bands_conversation_prompts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_overall_bands_conversation_prompts_parent_id_idx\` ON \`_assessments_v_version_overall_bands_conversation_prompts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_assessments_v_version_overall_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`interpretation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_overall_bands_order_idx\` ON \`_assessments_v_version_overall_bands\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_overall_bands_parent_id_idx\` ON \`_assessments_v_version_overall_bands\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_assessments_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_audience\` text DEFAULT 'either',
  	\`version_intro\` text,
  	\`version_instructions\` text,
  	\`version_overall_method\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_parent_idx\` ON \`_assessments_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_version_slug_idx\` ON \`_assessments_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_version_updated_at_idx\` ON \`_assessments_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_version_created_at_idx\` ON \`_assessments_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_assessments_v_version_version__status_idx\` ON \`_assessments_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_assessments_v_created_at_idx\` ON \`_assessments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_updated_at_idx\` ON \`_assessments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_latest_idx\` ON \`_assessments_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_autosave_idx\` ON \`_assessments_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`questions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_rels_order_idx\` ON \`_assessments_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_assessments_v_rels_parent_idx\` ON \`_assessments_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_assessments_v_rels_path_idx\` ON \`_assessments_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_assessments_v_rels_questions_id_idx\` ON \`_assessments_v_rels\` (\`questions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`category\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_options_order_idx\` ON \`questions_options\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`questions_options_parent_id_idx\` ON \`questions_options\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`prompt\` text NOT NULL,
  	\`help_text\` text,
  	\`type\` text DEFAULT 'likert' NOT NULL,
  	\`scale_min\` numeric DEFAULT 1,
  	\`scale_max\` numeric DEFAULT 5,
  	\`scale_min_label\` text DEFAULT 'Strongly disagree',
  	\`scale_max_label\` text DEFAULT 'Strongly agree',
  	\`dimension\` text,
  	\`weight\` numeric DEFAULT 1,
  	\`reverse_keyed\` integer DEFAULT false,
  	\`required\` integer DEFAULT false,
  	\`safety\` integer DEFAULT false,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_dimension_idx\` ON \`questions\` (\`dimension\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comment_bans\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`target\` text NOT NULL,
  	\`reader_id\` text(36),
  	\`email\` text,
  	\`ip_fingerprint\` text,
  	\`reason\` text NOT NULL,
  	\`expires_at\` text,
  	\`reject_pending\` integer DEFAULT false,
  	\`created_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reader_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_bans_reader_idx\` ON \`comment_bans\` (\`reader_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_bans_email_idx\` ON \`comment_bans\` (\`email\`);`)
  await db.run(
    sql`CREATE INDEX \`comment_bans_ip_fingerprint_idx\` ON \`comment_bans\` (\`ip_fingerprint\`);`,
  )
  await db.run(sql`CREATE INDEX \`comment_bans_expires_at_idx\` ON \`comment_bans\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_bans_created_by_idx\` ON \`comment_bans\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_bans_updated_at_idx\` ON \`comment_bans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_bans_created_at_idx\` ON \`comment_bans\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comment_flags\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`comment_id\` text(36) NOT NULL,
  	\`reason\` text NOT NULL,
  	\`note\` text,
  	\`flagger\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_flags_comment_idx\` ON \`comment_flags\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_flags_updated_at_idx\` ON \`comment_flags\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_flags_created_at_idx\` ON \`comment_flags\` (\`created_at\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`comment_flagger_idx\` ON \`comment_flags\` (\`comment_id\`,\`flagger\`);`,
  )
  await db.run(sql`CREATE TABLE \`moderation_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`comment_id\` text(36),
  	\`action\` text NOT NULL,
  	\`actor\` text NOT NULL,
  	\`staff_id\` text(36),
  	\`from_status\` text,
  	\`to_status\` text,
  	\`reasons\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`moderation_log_comment_idx\` ON \`moderation_log\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_action_idx\` ON \`moderation_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_staff_idx\` ON \`moderation_log\` (\`staff_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_updated_at_idx\` ON \`moderation_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_created_at_idx\` ON \`moderation_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comment_rate_limits\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`last_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`comment_rate_limits_key_idx\` ON \`comment_rate_limits\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`comment_rate_limits_last_at_idx\` ON \`comment_rate_limits\` (\`last_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`assessment_keys\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`assessment_id\` text(36),
  	\`version\` numeric NOT NULL,
  	\`hash\` text,
  	\`key\` text NOT NULL,
  	\`form\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assessment_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`assessment_keys_assessment_idx\` ON \`assessment_keys\` (\`assessment_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`assessment_keys_updated_at_idx\` ON \`assessment_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessment_keys_created_at_idx\` ON \`assessment_keys\` (\`created_at\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`assessment_version_idx\` ON \`assessment_keys\` (\`assessment_id\`,\`version\`);`,
  )
  await db.run(sql`CREATE TABLE \`responses\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`assessment_id\` text(36),
  	\`key_id\` text(36) NOT NULL,
  	\`version\` numeric NOT NULL,
  	\`respondent_id\` text(36),
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`answers\` text,
  	\`scores\` text,
  	\`submitted_at\` text,
  	\`couple_id\` text(36),
  	\`token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assessment_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`key_id\`) REFERENCES \`assessment_keys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`respondent_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`couple_id\`) REFERENCES \`couples\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`responses_assessment_idx\` ON \`responses\` (\`assessment_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_key_idx\` ON \`responses\` (\`key_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_respondent_idx\` ON \`responses\` (\`respondent_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_status_idx\` ON \`responses\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`responses_submitted_at_idx\` ON \`responses\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_couple_idx\` ON \`responses\` (\`couple_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_updated_at_idx\` ON \`responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_created_at_idx\` ON \`responses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`couples\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`assessment_id\` text(36),
  	\`key_id\` text(36) NOT NULL,
  	\`version\` numeric NOT NULL,
  	\`status\` text DEFAULT 'inviting' NOT NULL,
  	\`partner_a_id\` text(36),
  	\`partner_b_id\` text(36),
  	\`consent_a\` integer DEFAULT false,
  	\`consent_b\` integer DEFAULT false,
  	\`invitation_hash\` text,
  	\`invitation_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assessment_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`key_id\`) REFERENCES \`assessment_keys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_a_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_b_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`couples_assessment_idx\` ON \`couples\` (\`assessment_id\`);`)
  await db.run(sql`CREATE INDEX \`couples_key_idx\` ON \`couples\` (\`key_id\`);`)
  await db.run(sql`CREATE INDEX \`couples_status_idx\` ON \`couples\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`couples_partner_a_idx\` ON \`couples\` (\`partner_a_id\`);`)
  await db.run(sql`CREATE INDEX \`couples_partner_b_idx\` ON \`couples\` (\`partner_b_id\`);`)
  await db.run(sql`CREATE INDEX \`couples_invitation_hash_idx\` ON \`couples\` (\`invitation_hash\`);`)
  await db.run(sql`CREATE INDEX \`couples_updated_at_idx\` ON \`couples\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`couples_created_at_idx\` ON \`couples\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`response_grants\` (
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
  await db.run(sql`CREATE INDEX \`response_grants_response_idx\` ON \`response_grants\` (\`response_id\`);`)
  await db.run(sql`CREATE INDEX \`response_grants_counselor_idx\` ON \`response_grants\` (\`counselor_id\`);`)
  await db.run(sql`CREATE INDEX \`response_grants_revoked_at_idx\` ON \`response_grants\` (\`revoked_at\`);`)
  await db.run(sql`CREATE INDEX \`response_grants_updated_at_idx\` ON \`response_grants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`response_grants_created_at_idx\` ON \`response_grants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`response_access_log\` (
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
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`moderation_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`pre_moderation\` integer DEFAULT false,
  	\`blocked_words\` text,
  	\`held_words\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`call_to_action_id\` text(36) REFERENCES assessments(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`comment_count\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`articles_call_to_action_idx\` ON \`articles\` (\`call_to_action_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_call_to_action_id\` text(36) REFERENCES assessments(id);`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_comment_count\` numeric DEFAULT 0;`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_call_to_action_idx\` ON \`_articles_v\` (\`version_call_to_action_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` text(36) REFERENCES comments(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assessments_id\` text(36) REFERENCES assessments(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` text(36) REFERENCES questions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comment_bans_id\` text(36) REFERENCES comment_bans(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comment_flags_id\` text(36) REFERENCES comment_flags(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`moderation_log_id\` text(36) REFERENCES moderation_log(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comment_rate_limits_id\` text(36) REFERENCES comment_rate_limits(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assessment_keys_id\` text(36) REFERENCES assessment_keys(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`responses_id\` text(36) REFERENCES responses(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`couples_id\` text(36) REFERENCES couples(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`response_grants_id\` text(36) REFERENCES response_grants(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`response_access_log_id\` text(36) REFERENCES response_access_log(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`,
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`assessments_dimensions_bands_conversation_prompts\`;`)
  await db.run(sql`DROP TABLE \`assessments_dimensions_bands\`;`)
  await db.run(sql`DROP TABLE \`assessments_dimensions\`;`)
  await db.run(sql`DROP TABLE \`assessments_overall_bands_conversation_prompts\`;`)
  await db.run(sql`DROP TABLE \`assessments_overall_bands\`;`)
  await db.run(sql`DROP TABLE \`assessments\`;`)
  await db.run(sql`DROP TABLE \`assessments_rels\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_dimensions_bands_conversation_prompts\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_dimensions_bands\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_dimensions\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_overall_bands_conversation_prompts\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_overall_bands\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`questions_options\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`comment_bans\`;`)
  await db.run(sql`DROP TABLE \`comment_flags\`;`)
  await db.run(sql`DROP TABLE \`moderation_log\`;`)
  await db.run(sql`DROP TABLE \`comment_rate_limits\`;`)
  await db.run(sql`DROP TABLE \`assessment_keys\`;`)
  await db.run(sql`DROP TABLE \`responses\`;`)
  await db.run(sql`DROP TABLE \`couples\`;`)
  await db.run(sql`DROP TABLE \`response_grants\`;`)
  await db.run(sql`DROP TABLE \`response_access_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`moderation_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`excerpt\` text,
  	\`hero_image_id\` text(36),
  	\`content\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`comments\` text DEFAULT 'open',
  	\`close_comments_after_days\` numeric,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "title", "excerpt", "hero_image_id", "content", "slug", "published_at", "comments", "close_comments_after_days", "seo_title", "seo_description", "updated_at", "created_at", "_status") SELECT "id", "title", "excerpt", "hero_image_id", "content", "slug", "published_at", "comments", "close_comments_after_days", "seo_title", "seo_description", "updated_at", "created_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_content\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_comments\` text DEFAULT 'open',
  	\`version_close_comments_after_days\` numeric,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_excerpt", "version_hero_image_id", "version_content", "version_slug", "version_published_at", "version_comments", "version_close_comments_after_days", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_excerpt", "version_hero_image_id", "version_content", "version_slug", "version_published_at", "version_comments", "version_close_comments_after_days", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`categories_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`readers_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`readers_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "categories_id", "media_id", "users_id", "readers_id") SELECT "id", "order", "parent_id", "path", "articles_id", "categories_id", "media_id", "users_id", "readers_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_readers_id_idx\` ON \`payload_locked_documents_rels\` (\`readers_id\`);`,
  )
}
