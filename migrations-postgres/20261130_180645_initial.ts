import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_comments" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_comments" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_comments_status" AS ENUM('approved', 'pending', 'spam', 'rejected', 'trash');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'moderator', 'counselor');
  CREATE TYPE "public"."enum_assessments_dimensions_method" AS ENUM('sum', 'mean', 'percent', 'tally');
  CREATE TYPE "public"."enum_assessments_dimensions_missing" AS ENUM('withhold', 'prorate');
  CREATE TYPE "public"."enum_assessments_audience" AS ENUM('individual', 'couple', 'either');
  CREATE TYPE "public"."enum_assessments_overall_method" AS ENUM('sum', 'mean', 'percent');
  CREATE TYPE "public"."enum_assessments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__assessments_v_version_dimensions_method" AS ENUM('sum', 'mean', 'percent', 'tally');
  CREATE TYPE "public"."enum__assessments_v_version_dimensions_missing" AS ENUM('withhold', 'prorate');
  CREATE TYPE "public"."enum__assessments_v_version_audience" AS ENUM('individual', 'couple', 'either');
  CREATE TYPE "public"."enum__assessments_v_version_overall_method" AS ENUM('sum', 'mean', 'percent');
  CREATE TYPE "public"."enum__assessments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_questions_type" AS ENUM('likert', 'single', 'multiple', 'boolean', 'text');
  CREATE TYPE "public"."enum_comment_bans_target" AS ENUM('account', 'email', 'ip');
  CREATE TYPE "public"."enum_comment_flags_reason" AS ENUM('spam', 'abuse', 'off-topic', 'other');
  CREATE TYPE "public"."enum_responses_status" AS ENUM('draft', 'submitted');
  CREATE TYPE "public"."enum_couples_status" AS ENUM('inviting', 'paired', 'dissolved');
  CREATE TYPE "public"."enum_response_access_log_action" AS ENUM('read-response', 'read-result', 'read-stats');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'commentNotifyModerators', 'commentNotifyCommenter', 'commentPurgeSpam');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'commentNotifyModerators', 'commentNotifyCommenter', 'commentPurgeSpam');
  CREATE TABLE "articles" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"excerpt" varchar,
  	"hero_image_id" uuid,
  	"content" jsonb,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"call_to_action_id" uuid,
  	"comments" "enum_articles_comments" DEFAULT 'open',
  	"close_comments_after_days" numeric,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"comment_count" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid,
  	"categories_id" uuid
  );
  
  CREATE TABLE "_articles_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_hero_image_id" uuid,
  	"version_content" jsonb,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_call_to_action_id" uuid,
  	"version_comments" "enum__articles_v_version_comments" DEFAULT 'open',
  	"version_close_comments_after_days" numeric,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_comment_count" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid,
  	"categories_id" uuid
  );
  
  CREATE TABLE "categories" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"article_id" uuid NOT NULL,
  	"parent_id" uuid,
  	"thread_id" uuid,
  	"depth" numeric DEFAULT 0,
  	"body" varchar,
  	"excerpt" varchar,
  	"author_reader_id" uuid,
  	"author_staff_id" uuid,
  	"author_name" varchar NOT NULL,
  	"author_email" varchar,
  	"is_staff_reply" boolean DEFAULT false,
  	"edited_at" timestamp(3) with time zone,
  	"deleted" boolean DEFAULT false,
  	"notify_on_reply" boolean DEFAULT false,
  	"status" "enum_comments_status" DEFAULT 'pending' NOT NULL,
  	"moderation_reasons" jsonb,
  	"moderation_author_key" varchar,
  	"moderation_ip_fingerprint" varchar,
  	"moderation_body_hash" varchar,
  	"moderation_flag_count" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "readers_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "readers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"display_name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar
  );
  
  CREATE TABLE "assessments_dimensions_bands_conversation_prompts" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"prompt" varchar
  );
  
  CREATE TABLE "assessments_dimensions_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"min" numeric,
  	"max" numeric,
  	"interpretation" jsonb
  );
  
  CREATE TABLE "assessments_dimensions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"method" "enum_assessments_dimensions_method" DEFAULT 'mean',
  	"description" varchar,
  	"min_answered_fraction" numeric DEFAULT 1,
  	"missing" "enum_assessments_dimensions_missing" DEFAULT 'withhold'
  );
  
  CREATE TABLE "assessments_overall_bands_conversation_prompts" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"prompt" varchar
  );
  
  CREATE TABLE "assessments_overall_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"min" numeric,
  	"max" numeric,
  	"interpretation" jsonb
  );
  
  CREATE TABLE "assessments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"audience" "enum_assessments_audience" DEFAULT 'either',
  	"intro" jsonb,
  	"instructions" varchar,
  	"overall_method" "enum_assessments_overall_method",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_assessments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "assessments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"questions_id" uuid
  );
  
  CREATE TABLE "_assessments_v_version_dimensions_bands_conversation_prompts" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"prompt" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessments_v_version_dimensions_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"min" numeric,
  	"max" numeric,
  	"interpretation" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessments_v_version_dimensions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"method" "enum__assessments_v_version_dimensions_method" DEFAULT 'mean',
  	"description" varchar,
  	"min_answered_fraction" numeric DEFAULT 1,
  	"missing" "enum__assessments_v_version_dimensions_missing" DEFAULT 'withhold',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessments_v_version_overall_bands_conversation_prompts" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"prompt" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessments_v_version_overall_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"min" numeric,
  	"max" numeric,
  	"interpretation" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessments_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_audience" "enum__assessments_v_version_audience" DEFAULT 'either',
  	"version_intro" jsonb,
  	"version_instructions" varchar,
  	"version_overall_method" "enum__assessments_v_version_overall_method",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__assessments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_assessments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"questions_id" uuid
  );
  
  CREATE TABLE "questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"category" varchar
  );
  
  CREATE TABLE "questions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"prompt" varchar NOT NULL,
  	"help_text" varchar,
  	"type" "enum_questions_type" DEFAULT 'likert' NOT NULL,
  	"scale_min" numeric DEFAULT 1,
  	"scale_max" numeric DEFAULT 5,
  	"scale_min_label" varchar DEFAULT 'Strongly disagree',
  	"scale_max_label" varchar DEFAULT 'Strongly agree',
  	"dimension" varchar,
  	"weight" numeric DEFAULT 1,
  	"reverse_keyed" boolean DEFAULT false,
  	"required" boolean DEFAULT false,
  	"safety" boolean DEFAULT false,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rate_limits" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"count" numeric NOT NULL,
  	"reset_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "comment_bans" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"target" "enum_comment_bans_target" NOT NULL,
  	"reader_id" uuid,
  	"email" varchar,
  	"email_hash" varchar,
  	"ip_fingerprint" varchar,
  	"reason" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone,
  	"reject_pending" boolean DEFAULT false,
  	"created_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comment_flags" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"comment_id" uuid NOT NULL,
  	"reason" "enum_comment_flags_reason" NOT NULL,
  	"note" varchar,
  	"flagger" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "moderation_log" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"comment_id" uuid,
  	"action" varchar NOT NULL,
  	"actor" varchar NOT NULL,
  	"staff_id" uuid,
  	"from_status" varchar,
  	"to_status" varchar,
  	"changes" jsonb,
  	"reasons" jsonb,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comment_rate_limits" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"last_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "assessment_keys" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"assessment_id" uuid,
  	"version" numeric NOT NULL,
  	"hash" varchar,
  	"key" jsonb NOT NULL,
  	"form" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "responses" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"assessment_id" uuid,
  	"key_id" uuid NOT NULL,
  	"version" numeric NOT NULL,
  	"respondent_id" uuid,
  	"status" "enum_responses_status" DEFAULT 'draft' NOT NULL,
  	"answers" jsonb,
  	"scores" jsonb,
  	"submitted_at" timestamp(3) with time zone,
  	"couple_id" uuid,
  	"token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "couples" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"assessment_id" uuid,
  	"key_id" uuid NOT NULL,
  	"version" numeric NOT NULL,
  	"status" "enum_couples_status" DEFAULT 'inviting' NOT NULL,
  	"partner_a_id" uuid,
  	"partner_b_id" uuid,
  	"consent_a" boolean DEFAULT false,
  	"consent_b" boolean DEFAULT false,
  	"invitation_hash" varchar,
  	"invitation_expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "response_grants" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"response_id" uuid,
  	"counselor_id" uuid,
  	"revoked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "response_access_log" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"response" varchar,
  	"grant" varchar,
  	"assessment" varchar,
  	"version" numeric,
  	"counselor_id" uuid,
  	"action" "enum_response_access_log_action" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assessment_stats_snapshots" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key_id" uuid NOT NULL,
  	"as_of" timestamp(3) with time zone,
  	"n" numeric DEFAULT 0 NOT NULL,
  	"dimensions" jsonb,
  	"new_clients" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"categories_id" uuid,
  	"comments_id" uuid,
  	"media_id" uuid,
  	"users_id" uuid,
  	"readers_id" uuid,
  	"assessments_id" uuid,
  	"questions_id" uuid,
  	"rate_limits_id" uuid,
  	"comment_bans_id" uuid,
  	"comment_flags_id" uuid,
  	"moderation_log_id" uuid,
  	"comment_rate_limits_id" uuid,
  	"assessment_keys_id" uuid,
  	"responses_id" uuid,
  	"couples_id" uuid,
  	"response_grants_id" uuid,
  	"response_access_log_id" uuid,
  	"assessment_stats_snapshots_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid,
  	"readers_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "moderation_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"pre_moderation" boolean DEFAULT false,
  	"blocked_words" varchar,
  	"held_words" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_call_to_action_id_assessments_id_fk" FOREIGN KEY ("call_to_action_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_call_to_action_id_assessments_id_fk" FOREIGN KEY ("version_call_to_action_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_thread_id_comments_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_reader_id_readers_id_fk" FOREIGN KEY ("author_reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_staff_id_users_id_fk" FOREIGN KEY ("author_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "readers_sessions" ADD CONSTRAINT "readers_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."readers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_dimensions_bands_conversation_prompts" ADD CONSTRAINT "assessments_dimensions_bands_conversation_prompts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments_dimensions_bands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_dimensions_bands" ADD CONSTRAINT "assessments_dimensions_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments_dimensions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_dimensions" ADD CONSTRAINT "assessments_dimensions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_overall_bands_conversation_prompts" ADD CONSTRAINT "assessments_overall_bands_conversation_prompts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments_overall_bands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_overall_bands" ADD CONSTRAINT "assessments_overall_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_rels" ADD CONSTRAINT "assessments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_rels" ADD CONSTRAINT "assessments_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_version_dimensions_bands_conversation_prompts" ADD CONSTRAINT "_assessments_v_version_dimensions_bands_conversation_prompts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v_version_dimensions_bands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_version_dimensions_bands" ADD CONSTRAINT "_assessments_v_version_dimensions_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v_version_dimensions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_version_dimensions" ADD CONSTRAINT "_assessments_v_version_dimensions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_version_overall_bands_conversation_prompts" ADD CONSTRAINT "_assessments_v_version_overall_bands_conversation_prompts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v_version_overall_bands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_version_overall_bands" ADD CONSTRAINT "_assessments_v_version_overall_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v" ADD CONSTRAINT "_assessments_v_parent_id_assessments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_assessments_v_rels" ADD CONSTRAINT "_assessments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_rels" ADD CONSTRAINT "_assessments_v_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_options" ADD CONSTRAINT "questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_bans" ADD CONSTRAINT "comment_bans_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_bans" ADD CONSTRAINT "comment_bans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_flags" ADD CONSTRAINT "comment_flags_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessment_keys" ADD CONSTRAINT "assessment_keys_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_key_id_assessment_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."assessment_keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_respondent_id_readers_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "couples" ADD CONSTRAINT "couples_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "couples" ADD CONSTRAINT "couples_key_id_assessment_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."assessment_keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "couples" ADD CONSTRAINT "couples_partner_a_id_responses_id_fk" FOREIGN KEY ("partner_a_id") REFERENCES "public"."responses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "couples" ADD CONSTRAINT "couples_partner_b_id_responses_id_fk" FOREIGN KEY ("partner_b_id") REFERENCES "public"."responses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "response_grants" ADD CONSTRAINT "response_grants_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "response_grants" ADD CONSTRAINT "response_grants_counselor_id_users_id_fk" FOREIGN KEY ("counselor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "response_access_log" ADD CONSTRAINT "response_access_log_counselor_id_users_id_fk" FOREIGN KEY ("counselor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessment_stats_snapshots" ADD CONSTRAINT "assessment_stats_snapshots_key_id_assessment_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."assessment_keys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_readers_fk" FOREIGN KEY ("readers_id") REFERENCES "public"."readers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assessments_fk" FOREIGN KEY ("assessments_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rate_limits_fk" FOREIGN KEY ("rate_limits_id") REFERENCES "public"."rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_bans_fk" FOREIGN KEY ("comment_bans_id") REFERENCES "public"."comment_bans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_flags_fk" FOREIGN KEY ("comment_flags_id") REFERENCES "public"."comment_flags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_moderation_log_fk" FOREIGN KEY ("moderation_log_id") REFERENCES "public"."moderation_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_rate_limits_fk" FOREIGN KEY ("comment_rate_limits_id") REFERENCES "public"."comment_rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assessment_keys_fk" FOREIGN KEY ("assessment_keys_id") REFERENCES "public"."assessment_keys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_responses_fk" FOREIGN KEY ("responses_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_couples_fk" FOREIGN KEY ("couples_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_response_grants_fk" FOREIGN KEY ("response_grants_id") REFERENCES "public"."response_grants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_response_access_log_fk" FOREIGN KEY ("response_access_log_id") REFERENCES "public"."response_access_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assessment_stats_snapshots_fk" FOREIGN KEY ("assessment_stats_snapshots_id") REFERENCES "public"."assessment_stats_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_readers_fk" FOREIGN KEY ("readers_id") REFERENCES "public"."readers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_call_to_action_idx" ON "articles" USING btree ("call_to_action_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "articles_rels_categories_id_idx" ON "articles_rels" USING btree ("categories_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_call_to_action_idx" ON "_articles_v" USING btree ("version_call_to_action_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_rels_categories_id_idx" ON "_articles_v_rels" USING btree ("categories_id");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE INDEX "comments_article_idx" ON "comments" USING btree ("article_id");
  CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");
  CREATE INDEX "comments_thread_idx" ON "comments" USING btree ("thread_id");
  CREATE INDEX "comments_author_author_reader_idx" ON "comments" USING btree ("author_reader_id");
  CREATE INDEX "comments_author_author_staff_idx" ON "comments" USING btree ("author_staff_id");
  CREATE INDEX "comments_author_author_email_idx" ON "comments" USING btree ("author_email");
  CREATE INDEX "comments_deleted_idx" ON "comments" USING btree ("deleted");
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_moderation_moderation_author_key_idx" ON "comments" USING btree ("moderation_author_key");
  CREATE INDEX "comments_moderation_moderation_ip_fingerprint_idx" ON "comments" USING btree ("moderation_ip_fingerprint");
  CREATE INDEX "comments_moderation_moderation_body_hash_idx" ON "comments" USING btree ("moderation_body_hash");
  CREATE INDEX "comments_moderation_moderation_flag_count_idx" ON "comments" USING btree ("moderation_flag_count");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "article_depth_status_createdAt_idx" ON "comments" USING btree ("article_id","depth","status","created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "readers_sessions_order_idx" ON "readers_sessions" USING btree ("_order");
  CREATE INDEX "readers_sessions_parent_id_idx" ON "readers_sessions" USING btree ("_parent_id");
  CREATE INDEX "readers_updated_at_idx" ON "readers" USING btree ("updated_at");
  CREATE INDEX "readers_created_at_idx" ON "readers" USING btree ("created_at");
  CREATE UNIQUE INDEX "readers_email_idx" ON "readers" USING btree ("email");
  CREATE INDEX "assessments_dimensions_bands_conversation_prompts_order_idx" ON "assessments_dimensions_bands_conversation_prompts" USING btree ("_order");
  CREATE INDEX "assessments_dimensions_bands_conversation_prompts_parent_id_idx" ON "assessments_dimensions_bands_conversation_prompts" USING btree ("_parent_id");
  CREATE INDEX "assessments_dimensions_bands_order_idx" ON "assessments_dimensions_bands" USING btree ("_order");
  CREATE INDEX "assessments_dimensions_bands_parent_id_idx" ON "assessments_dimensions_bands" USING btree ("_parent_id");
  CREATE INDEX "assessments_dimensions_order_idx" ON "assessments_dimensions" USING btree ("_order");
  CREATE INDEX "assessments_dimensions_parent_id_idx" ON "assessments_dimensions" USING btree ("_parent_id");
  CREATE INDEX "assessments_overall_bands_conversation_prompts_order_idx" ON "assessments_overall_bands_conversation_prompts" USING btree ("_order");
  CREATE INDEX "assessments_overall_bands_conversation_prompts_parent_id_idx" ON "assessments_overall_bands_conversation_prompts" USING btree ("_parent_id");
  CREATE INDEX "assessments_overall_bands_order_idx" ON "assessments_overall_bands" USING btree ("_order");
  CREATE INDEX "assessments_overall_bands_parent_id_idx" ON "assessments_overall_bands" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "assessments_slug_idx" ON "assessments" USING btree ("slug");
  CREATE INDEX "assessments_updated_at_idx" ON "assessments" USING btree ("updated_at");
  CREATE INDEX "assessments_created_at_idx" ON "assessments" USING btree ("created_at");
  CREATE INDEX "assessments__status_idx" ON "assessments" USING btree ("_status");
  CREATE INDEX "assessments_rels_order_idx" ON "assessments_rels" USING btree ("order");
  CREATE INDEX "assessments_rels_parent_idx" ON "assessments_rels" USING btree ("parent_id");
  CREATE INDEX "assessments_rels_path_idx" ON "assessments_rels" USING btree ("path");
  CREATE INDEX "assessments_rels_questions_id_idx" ON "assessments_rels" USING btree ("questions_id");
  CREATE INDEX "_assessments_v_version_dimensions_bands_conversation_prompts_order_idx" ON "_assessments_v_version_dimensions_bands_conversation_prompts" USING btree ("_order");
  CREATE INDEX "_assessments_v_version_dimensions_bands_conversation_prompts_parent_id_idx" ON "_assessments_v_version_dimensions_bands_conversation_prompts" USING btree ("_parent_id");
  CREATE INDEX "_assessments_v_version_dimensions_bands_order_idx" ON "_assessments_v_version_dimensions_bands" USING btree ("_order");
  CREATE INDEX "_assessments_v_version_dimensions_bands_parent_id_idx" ON "_assessments_v_version_dimensions_bands" USING btree ("_parent_id");
  CREATE INDEX "_assessments_v_version_dimensions_order_idx" ON "_assessments_v_version_dimensions" USING btree ("_order");
  CREATE INDEX "_assessments_v_version_dimensions_parent_id_idx" ON "_assessments_v_version_dimensions" USING btree ("_parent_id");
  CREATE INDEX "_assessments_v_version_overall_bands_conversation_prompts_order_idx" ON "_assessments_v_version_overall_bands_conversation_prompts" USING btree ("_order");
  CREATE INDEX "_assessments_v_version_overall_bands_conversation_prompts_parent_id_idx" ON "_assessments_v_version_overall_bands_conversation_prompts" USING btree ("_parent_id");
  CREATE INDEX "_assessments_v_version_overall_bands_order_idx" ON "_assessments_v_version_overall_bands" USING btree ("_order");
  CREATE INDEX "_assessments_v_version_overall_bands_parent_id_idx" ON "_assessments_v_version_overall_bands" USING btree ("_parent_id");
  CREATE INDEX "_assessments_v_parent_idx" ON "_assessments_v" USING btree ("parent_id");
  CREATE INDEX "_assessments_v_version_version_slug_idx" ON "_assessments_v" USING btree ("version_slug");
  CREATE INDEX "_assessments_v_version_version_updated_at_idx" ON "_assessments_v" USING btree ("version_updated_at");
  CREATE INDEX "_assessments_v_version_version_created_at_idx" ON "_assessments_v" USING btree ("version_created_at");
  CREATE INDEX "_assessments_v_version_version__status_idx" ON "_assessments_v" USING btree ("version__status");
  CREATE INDEX "_assessments_v_created_at_idx" ON "_assessments_v" USING btree ("created_at");
  CREATE INDEX "_assessments_v_updated_at_idx" ON "_assessments_v" USING btree ("updated_at");
  CREATE INDEX "_assessments_v_latest_idx" ON "_assessments_v" USING btree ("latest");
  CREATE INDEX "_assessments_v_autosave_idx" ON "_assessments_v" USING btree ("autosave");
  CREATE INDEX "_assessments_v_rels_order_idx" ON "_assessments_v_rels" USING btree ("order");
  CREATE INDEX "_assessments_v_rels_parent_idx" ON "_assessments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_assessments_v_rels_path_idx" ON "_assessments_v_rels" USING btree ("path");
  CREATE INDEX "_assessments_v_rels_questions_id_idx" ON "_assessments_v_rels" USING btree ("questions_id");
  CREATE INDEX "questions_options_order_idx" ON "questions_options" USING btree ("_order");
  CREATE INDEX "questions_options_parent_id_idx" ON "questions_options" USING btree ("_parent_id");
  CREATE INDEX "questions_dimension_idx" ON "questions" USING btree ("dimension");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE UNIQUE INDEX "rate_limits_key_idx" ON "rate_limits" USING btree ("key");
  CREATE INDEX "rate_limits_reset_at_idx" ON "rate_limits" USING btree ("reset_at");
  CREATE INDEX "comment_bans_reader_idx" ON "comment_bans" USING btree ("reader_id");
  CREATE INDEX "comment_bans_email_idx" ON "comment_bans" USING btree ("email");
  CREATE INDEX "comment_bans_email_hash_idx" ON "comment_bans" USING btree ("email_hash");
  CREATE INDEX "comment_bans_ip_fingerprint_idx" ON "comment_bans" USING btree ("ip_fingerprint");
  CREATE INDEX "comment_bans_expires_at_idx" ON "comment_bans" USING btree ("expires_at");
  CREATE INDEX "comment_bans_created_by_idx" ON "comment_bans" USING btree ("created_by_id");
  CREATE INDEX "comment_bans_updated_at_idx" ON "comment_bans" USING btree ("updated_at");
  CREATE INDEX "comment_bans_created_at_idx" ON "comment_bans" USING btree ("created_at");
  CREATE INDEX "comment_flags_comment_idx" ON "comment_flags" USING btree ("comment_id");
  CREATE INDEX "comment_flags_updated_at_idx" ON "comment_flags" USING btree ("updated_at");
  CREATE INDEX "comment_flags_created_at_idx" ON "comment_flags" USING btree ("created_at");
  CREATE UNIQUE INDEX "comment_flagger_idx" ON "comment_flags" USING btree ("comment_id","flagger");
  CREATE INDEX "moderation_log_comment_idx" ON "moderation_log" USING btree ("comment_id");
  CREATE INDEX "moderation_log_action_idx" ON "moderation_log" USING btree ("action");
  CREATE INDEX "moderation_log_staff_idx" ON "moderation_log" USING btree ("staff_id");
  CREATE INDEX "moderation_log_updated_at_idx" ON "moderation_log" USING btree ("updated_at");
  CREATE INDEX "moderation_log_created_at_idx" ON "moderation_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "comment_rate_limits_key_idx" ON "comment_rate_limits" USING btree ("key");
  CREATE INDEX "comment_rate_limits_last_at_idx" ON "comment_rate_limits" USING btree ("last_at");
  CREATE INDEX "assessment_keys_assessment_idx" ON "assessment_keys" USING btree ("assessment_id");
  CREATE INDEX "assessment_keys_updated_at_idx" ON "assessment_keys" USING btree ("updated_at");
  CREATE INDEX "assessment_keys_created_at_idx" ON "assessment_keys" USING btree ("created_at");
  CREATE UNIQUE INDEX "assessment_version_idx" ON "assessment_keys" USING btree ("assessment_id","version");
  CREATE INDEX "responses_assessment_idx" ON "responses" USING btree ("assessment_id");
  CREATE INDEX "responses_key_idx" ON "responses" USING btree ("key_id");
  CREATE INDEX "responses_respondent_idx" ON "responses" USING btree ("respondent_id");
  CREATE INDEX "responses_status_idx" ON "responses" USING btree ("status");
  CREATE INDEX "responses_submitted_at_idx" ON "responses" USING btree ("submitted_at");
  CREATE INDEX "responses_couple_idx" ON "responses" USING btree ("couple_id");
  CREATE INDEX "responses_updated_at_idx" ON "responses" USING btree ("updated_at");
  CREATE INDEX "responses_created_at_idx" ON "responses" USING btree ("created_at");
  CREATE INDEX "couples_assessment_idx" ON "couples" USING btree ("assessment_id");
  CREATE INDEX "couples_key_idx" ON "couples" USING btree ("key_id");
  CREATE INDEX "couples_status_idx" ON "couples" USING btree ("status");
  CREATE INDEX "couples_partner_a_idx" ON "couples" USING btree ("partner_a_id");
  CREATE INDEX "couples_partner_b_idx" ON "couples" USING btree ("partner_b_id");
  CREATE INDEX "couples_invitation_hash_idx" ON "couples" USING btree ("invitation_hash");
  CREATE INDEX "couples_updated_at_idx" ON "couples" USING btree ("updated_at");
  CREATE INDEX "couples_created_at_idx" ON "couples" USING btree ("created_at");
  CREATE INDEX "response_grants_response_idx" ON "response_grants" USING btree ("response_id");
  CREATE INDEX "response_grants_counselor_idx" ON "response_grants" USING btree ("counselor_id");
  CREATE INDEX "response_grants_revoked_at_idx" ON "response_grants" USING btree ("revoked_at");
  CREATE INDEX "response_grants_updated_at_idx" ON "response_grants" USING btree ("updated_at");
  CREATE INDEX "response_grants_created_at_idx" ON "response_grants" USING btree ("created_at");
  CREATE INDEX "response_access_log_response_idx" ON "response_access_log" USING btree ("response");
  CREATE INDEX "response_access_log_grant_idx" ON "response_access_log" USING btree ("grant");
  CREATE INDEX "response_access_log_assessment_idx" ON "response_access_log" USING btree ("assessment");
  CREATE INDEX "response_access_log_counselor_idx" ON "response_access_log" USING btree ("counselor_id");
  CREATE INDEX "response_access_log_updated_at_idx" ON "response_access_log" USING btree ("updated_at");
  CREATE INDEX "response_access_log_created_at_idx" ON "response_access_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "assessment_stats_snapshots_key_idx" ON "assessment_stats_snapshots" USING btree ("key_id");
  CREATE INDEX "assessment_stats_snapshots_updated_at_idx" ON "assessment_stats_snapshots" USING btree ("updated_at");
  CREATE INDEX "assessment_stats_snapshots_created_at_idx" ON "assessment_stats_snapshots" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_readers_id_idx" ON "payload_locked_documents_rels" USING btree ("readers_id");
  CREATE INDEX "payload_locked_documents_rels_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("assessments_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("rate_limits_id");
  CREATE INDEX "payload_locked_documents_rels_comment_bans_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_bans_id");
  CREATE INDEX "payload_locked_documents_rels_comment_flags_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_flags_id");
  CREATE INDEX "payload_locked_documents_rels_moderation_log_id_idx" ON "payload_locked_documents_rels" USING btree ("moderation_log_id");
  CREATE INDEX "payload_locked_documents_rels_comment_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_rate_limits_id");
  CREATE INDEX "payload_locked_documents_rels_assessment_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("assessment_keys_id");
  CREATE INDEX "payload_locked_documents_rels_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("responses_id");
  CREATE INDEX "payload_locked_documents_rels_couples_id_idx" ON "payload_locked_documents_rels" USING btree ("couples_id");
  CREATE INDEX "payload_locked_documents_rels_response_grants_id_idx" ON "payload_locked_documents_rels" USING btree ("response_grants_id");
  CREATE INDEX "payload_locked_documents_rels_response_access_log_id_idx" ON "payload_locked_documents_rels" USING btree ("response_access_log_id");
  CREATE INDEX "payload_locked_documents_rels_assessment_stats_snapshots_idx" ON "payload_locked_documents_rels" USING btree ("assessment_stats_snapshots_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_readers_id_idx" ON "payload_preferences_rels" USING btree ("readers_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "readers_sessions" CASCADE;
  DROP TABLE "readers" CASCADE;
  DROP TABLE "assessments_dimensions_bands_conversation_prompts" CASCADE;
  DROP TABLE "assessments_dimensions_bands" CASCADE;
  DROP TABLE "assessments_dimensions" CASCADE;
  DROP TABLE "assessments_overall_bands_conversation_prompts" CASCADE;
  DROP TABLE "assessments_overall_bands" CASCADE;
  DROP TABLE "assessments" CASCADE;
  DROP TABLE "assessments_rels" CASCADE;
  DROP TABLE "_assessments_v_version_dimensions_bands_conversation_prompts" CASCADE;
  DROP TABLE "_assessments_v_version_dimensions_bands" CASCADE;
  DROP TABLE "_assessments_v_version_dimensions" CASCADE;
  DROP TABLE "_assessments_v_version_overall_bands_conversation_prompts" CASCADE;
  DROP TABLE "_assessments_v_version_overall_bands" CASCADE;
  DROP TABLE "_assessments_v" CASCADE;
  DROP TABLE "_assessments_v_rels" CASCADE;
  DROP TABLE "questions_options" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "rate_limits" CASCADE;
  DROP TABLE "comment_bans" CASCADE;
  DROP TABLE "comment_flags" CASCADE;
  DROP TABLE "moderation_log" CASCADE;
  DROP TABLE "comment_rate_limits" CASCADE;
  DROP TABLE "assessment_keys" CASCADE;
  DROP TABLE "responses" CASCADE;
  DROP TABLE "couples" CASCADE;
  DROP TABLE "response_grants" CASCADE;
  DROP TABLE "response_access_log" CASCADE;
  DROP TABLE "assessment_stats_snapshots" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "moderation_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_articles_comments";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_comments";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_assessments_dimensions_method";
  DROP TYPE "public"."enum_assessments_dimensions_missing";
  DROP TYPE "public"."enum_assessments_audience";
  DROP TYPE "public"."enum_assessments_overall_method";
  DROP TYPE "public"."enum_assessments_status";
  DROP TYPE "public"."enum__assessments_v_version_dimensions_method";
  DROP TYPE "public"."enum__assessments_v_version_dimensions_missing";
  DROP TYPE "public"."enum__assessments_v_version_audience";
  DROP TYPE "public"."enum__assessments_v_version_overall_method";
  DROP TYPE "public"."enum__assessments_v_version_status";
  DROP TYPE "public"."enum_questions_type";
  DROP TYPE "public"."enum_comment_bans_target";
  DROP TYPE "public"."enum_comment_flags_reason";
  DROP TYPE "public"."enum_responses_status";
  DROP TYPE "public"."enum_couples_status";
  DROP TYPE "public"."enum_response_access_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
