CREATE TYPE "public"."community_kind" AS ENUM('network_community', 'methodological_association', 'innovation_platform', 'methodological_platform', 'problem_group', 'creative_laboratory', 'pedagogical_workshop', 'internship_platform');--> statement-breakpoint
CREATE TYPE "public"."community_role" AS ENUM('member', 'moderator', 'leader');--> statement-breakpoint
CREATE TYPE "public"."community_type" AS ENUM('mono_subject', 'supra_subject', 'multi_subject');--> statement-breakpoint
CREATE TYPE "public"."community_visibility" AS ENUM('public', 'members');--> statement-breakpoint
CREATE TYPE "public"."join_policy" AS ENUM('open', 'approval', 'invitation');--> statement-breakpoint
CREATE TYPE "public"."membership_status" AS ENUM('pending', 'invited', 'active', 'rejected', 'withdrawn', 'left', 'removed');--> statement-breakpoint
CREATE TYPE "public"."plan_item_status" AS ENUM('planned', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid,
	"organization_id" uuid,
	"author_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announcements_one_channel" CHECK (("announcements"."community_id" is null) <> ("announcements"."organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "communities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"goal" text NOT NULL,
	"tasks" text DEFAULT '' NOT NULL,
	"type" "community_type" NOT NULL,
	"kind" "community_kind" NOT NULL,
	"subjects" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"municipality" text NOT NULL,
	"visibility" "community_visibility" DEFAULT 'public' NOT NULL,
	"join_policy" "join_policy" DEFAULT 'approval' NOT NULL,
	"services" text[] DEFAULT '{}'::text[] NOT NULL,
	"parent_id" uuid,
	"ancestor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"creation_order_number" text NOT NULL,
	"creation_order_date" date NOT NULL,
	"leader_order_number" text,
	"leader_order_date" date,
	"liquidated_at" timestamp with time zone,
	"liquidation_order_number" text,
	"liquidation_order_date" date,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"user_id" uuid,
	"organization_id" uuid,
	"role" "community_role" DEFAULT 'member' NOT NULL,
	"status" "membership_status" NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"acted_by_id" uuid,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"joined_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_memberships_one_member" CHECK (("community_memberships"."user_id" is null) <> ("community_memberships"."organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"community_id" uuid,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follows_one_channel" CHECK (("follows"."community_id" is null) <> ("follows"."organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "organization_representatives" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"responsible_id" uuid,
	"status" "plan_item_status" DEFAULT 'planned' NOT NULL,
	"link" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text NOT NULL,
	"community_id" uuid,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_parent_id_communities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."communities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_memberships" ADD CONSTRAINT "community_memberships_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_memberships" ADD CONSTRAINT "community_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_memberships" ADD CONSTRAINT "community_memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_memberships" ADD CONSTRAINT "community_memberships_acted_by_id_users_id_fk" FOREIGN KEY ("acted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_memberships" ADD CONSTRAINT "community_memberships_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_representatives" ADD CONSTRAINT "organization_representatives_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_representatives" ADD CONSTRAINT "organization_representatives_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_plan_items" ADD CONSTRAINT "community_plan_items_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_plan_items" ADD CONSTRAINT "community_plan_items_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_plan_items" ADD CONSTRAINT "community_plan_items_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_community_idx" ON "announcements" USING btree ("community_id","published_at");--> statement-breakpoint
CREATE INDEX "announcements_organization_idx" ON "announcements" USING btree ("organization_id","published_at");--> statement-breakpoint
CREATE INDEX "announcements_published_idx" ON "announcements" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "communities_slug_key" ON "communities" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "communities_parent_idx" ON "communities" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "communities_catalogue_idx" ON "communities" USING btree ("liquidated_at","name");--> statement-breakpoint
CREATE INDEX "communities_ancestors_idx" ON "communities" USING gin ("ancestor_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "community_memberships_user_key" ON "community_memberships" USING btree ("community_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_memberships_organization_key" ON "community_memberships" USING btree ("community_id","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_memberships_leader_key" ON "community_memberships" USING btree ("community_id") WHERE "community_memberships"."role" = 'leader' and "community_memberships"."status" = 'active';--> statement-breakpoint
CREATE INDEX "community_memberships_status_idx" ON "community_memberships" USING btree ("community_id","status","role");--> statement-breakpoint
CREATE INDEX "community_memberships_user_idx" ON "community_memberships" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "community_memberships_organization_idx" ON "community_memberships" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "follows_community_key" ON "follows" USING btree ("user_id","community_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follows_organization_key" ON "follows" USING btree ("user_id","organization_id");--> statement-breakpoint
CREATE INDEX "follows_community_idx" ON "follows" USING btree ("community_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_representatives_key" ON "organization_representatives" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "organization_representatives_user_idx" ON "organization_representatives" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "community_plan_items_community_idx" ON "community_plan_items" USING btree ("community_id","starts_on");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;