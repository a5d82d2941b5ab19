using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kontor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TimelineActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "activity_id",
                table: "kontor_timeline",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "comment_id",
                table: "kontor_timeline",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "communication_id",
                table: "kontor_timeline",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "delivery_id",
                table: "kontor_timeline",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "payment_id",
                table: "kontor_timeline",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "kontor_activities",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    deal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    responsible_id = table.Column<long>(type: "INTEGER", nullable: false),
                    priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    reminder_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    remind_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reminded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    contact_id = table.Column<long>(type: "INTEGER", nullable: true),
                    customer_phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    customer_email = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    completed_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_activities_contact_contact_id",
                        column: x => x.contact_id,
                        principalTable: "kontor_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_kontor_activities_deal_deal_id",
                        column: x => x.deal_id,
                        principalTable: "kontor_deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_activities_kontor_users_responsible_id",
                        column: x => x.responsible_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kontor_calendar_feeds",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    secret_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_read_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_calendar_feeds", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_calendar_feeds_kontor_users_user_id",
                        column: x => x.user_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_comments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    owner_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    deal_id = table.Column<long>(type: "INTEGER", nullable: true),
                    contact_id = table.Column<long>(type: "INTEGER", nullable: true),
                    company_id = table.Column<long>(type: "INTEGER", nullable: true),
                    author_id = table.Column<long>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    html = table.Column<string>(type: "TEXT", nullable: false),
                    is_pinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    pinned_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    edited_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deleted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_comments_company_company_id",
                        column: x => x.company_id,
                        principalTable: "kontor_companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_comments_contact_contact_id",
                        column: x => x.contact_id,
                        principalTable: "kontor_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_comments_deal_deal_id",
                        column: x => x.deal_id,
                        principalTable: "kontor_deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_comments_kontor_users_author_id",
                        column: x => x.author_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kontor_communications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    deal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    duration_seconds = table.Column<int>(type: "INTEGER", nullable: true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    contact_id = table.Column<long>(type: "INTEGER", nullable: true),
                    customer_address = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    logged_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_communications", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_communications_contact_contact_id",
                        column: x => x.contact_id,
                        principalTable: "kontor_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_kontor_communications_deal_deal_id",
                        column: x => x.deal_id,
                        principalTable: "kontor_deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_communications_kontor_users_logged_by_id",
                        column: x => x.logged_by_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "kontor_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    deal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    carrier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    expected_at = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    shipped_at = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delivered_at = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_deliveries_kontor_deals_deal_id",
                        column: x => x.deal_id,
                        principalTable: "kontor_deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_payments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    deal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    currency_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    paid_at = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_payments", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_payments_kontor_currencies_currency_code",
                        column: x => x.currency_code,
                        principalTable: "kontor_currencies",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_kontor_payments_kontor_deals_deal_id",
                        column: x => x.deal_id,
                        principalTable: "kontor_deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_attachments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    comment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    uploaded_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_attachments_comment_comment_id",
                        column: x => x.comment_id,
                        principalTable: "kontor_comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_attachments_kontor_users_uploaded_by_id",
                        column: x => x.uploaded_by_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kontor_comment_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    comment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    html = table.Column<string>(type: "TEXT", nullable: false),
                    written_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    replaced_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_comment_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_comment_revisions_kontor_comments_comment_id",
                        column: x => x.comment_id,
                        principalTable: "kontor_comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    deal_id = table.Column<long>(type: "INTEGER", nullable: true),
                    contact_id = table.Column<long>(type: "INTEGER", nullable: true),
                    company_id = table.Column<long>(type: "INTEGER", nullable: true),
                    activity_id = table.Column<long>(type: "INTEGER", nullable: true),
                    comment_id = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    email_state = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    email_attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_notifications_kontor_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "kontor_activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_notifications_kontor_comments_comment_id",
                        column: x => x.comment_id,
                        principalTable: "kontor_comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_notifications_kontor_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "kontor_companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_notifications_kontor_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "kontor_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_notifications_kontor_deals_deal_id",
                        column: x => x.deal_id,
                        principalTable: "kontor_deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_notifications_kontor_users_user_id",
                        column: x => x.user_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_attachment_contents",
                columns: table => new
                {
                    attachment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_attachment_contents", x => x.attachment_id);
                    table.ForeignKey(
                        name: "fk_kontor_attachment_contents_kontor_attachments_attachment_id",
                        column: x => x.attachment_id,
                        principalTable: "kontor_attachments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_activity_id",
                table: "kontor_timeline",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_comment_id",
                table: "kontor_timeline",
                column: "comment_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_communication_id",
                table: "kontor_timeline",
                column: "communication_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_deal_id_kind_created_at_id",
                table: "kontor_timeline",
                columns: new[] { "deal_id", "kind", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_delivery_id",
                table: "kontor_timeline",
                column: "delivery_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_payment_id",
                table: "kontor_timeline",
                column: "payment_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_activities_contact_id",
                table: "kontor_activities",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_activities_deal_id_state_deadline",
                table: "kontor_activities",
                columns: new[] { "deal_id", "state", "deadline" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_activities_responsible_id_state_deadline",
                table: "kontor_activities",
                columns: new[] { "responsible_id", "state", "deadline" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_activities_state_reminded_at_remind_at",
                table: "kontor_activities",
                columns: new[] { "state", "reminded_at", "remind_at" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_attachments_comment_id",
                table: "kontor_attachments",
                column: "comment_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_attachments_uploaded_by_id",
                table: "kontor_attachments",
                column: "uploaded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_calendar_feeds_secret_hash",
                table: "kontor_calendar_feeds",
                column: "secret_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kontor_calendar_feeds_user_id",
                table: "kontor_calendar_feeds",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kontor_comment_revisions_comment_id",
                table: "kontor_comment_revisions",
                column: "comment_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_comments_author_id",
                table: "kontor_comments",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_comments_company_id_is_pinned",
                table: "kontor_comments",
                columns: new[] { "company_id", "is_pinned" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_comments_contact_id_is_pinned",
                table: "kontor_comments",
                columns: new[] { "contact_id", "is_pinned" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_comments_deal_id_is_pinned",
                table: "kontor_comments",
                columns: new[] { "deal_id", "is_pinned" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_communications_contact_id",
                table: "kontor_communications",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_communications_deal_id_channel_occurred_at",
                table: "kontor_communications",
                columns: new[] { "deal_id", "channel", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_communications_logged_by_id",
                table: "kontor_communications",
                column: "logged_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_communications_source_external_id",
                table: "kontor_communications",
                columns: new[] { "source", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deliveries_deal_id",
                table: "kontor_deliveries",
                column: "deal_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_notifications_activity_id",
                table: "kontor_notifications",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_notifications_comment_id",
                table: "kontor_notifications",
                column: "comment_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_notifications_company_id",
                table: "kontor_notifications",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_notifications_contact_id",
                table: "kontor_notifications",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_notifications_deal_id",
                table: "kontor_notifications",
                column: "deal_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_notifications_email_state",
                table: "kontor_notifications",
                column: "email_state");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_notifications_user_id_id",
                table: "kontor_notifications",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_notifications_user_id_read_at",
                table: "kontor_notifications",
                columns: new[] { "user_id", "read_at" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_payments_currency_code",
                table: "kontor_payments",
                column: "currency_code");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_payments_deal_id_paid_at",
                table: "kontor_payments",
                columns: new[] { "deal_id", "paid_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_timeline_kontor_activities_activity_id",
                table: "kontor_timeline",
                column: "activity_id",
                principalTable: "kontor_activities",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_timeline_kontor_comments_comment_id",
                table: "kontor_timeline",
                column: "comment_id",
                principalTable: "kontor_comments",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_timeline_kontor_communications_communication_id",
                table: "kontor_timeline",
                column: "communication_id",
                principalTable: "kontor_communications",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_timeline_kontor_deliveries_delivery_id",
                table: "kontor_timeline",
                column: "delivery_id",
                principalTable: "kontor_deliveries",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_timeline_kontor_payments_payment_id",
                table: "kontor_timeline",
                column: "payment_id",
                principalTable: "kontor_payments",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_kontor_timeline_kontor_activities_activity_id",
                table: "kontor_timeline");

            migrationBuilder.DropForeignKey(
                name: "fk_kontor_timeline_kontor_comments_comment_id",
                table: "kontor_timeline");

            migrationBuilder.DropForeignKey(
                name: "fk_kontor_timeline_kontor_communications_communication_id",
                table: "kontor_timeline");

            migrationBuilder.DropForeignKey(
                name: "fk_kontor_timeline_kontor_deliveries_delivery_id",
                table: "kontor_timeline");

            migrationBuilder.DropForeignKey(
                name: "fk_kontor_timeline_kontor_payments_payment_id",
                table: "kontor_timeline");

            migrationBuilder.DropTable(
                name: "kontor_attachment_contents");

            migrationBuilder.DropTable(
                name: "kontor_calendar_feeds");

            migrationBuilder.DropTable(
                name: "kontor_comment_revisions");

            migrationBuilder.DropTable(
                name: "kontor_communications");

            migrationBuilder.DropTable(
                name: "kontor_deliveries");

            migrationBuilder.DropTable(
                name: "kontor_notifications");

            migrationBuilder.DropTable(
                name: "kontor_payments");

            migrationBuilder.DropTable(
                name: "kontor_attachments");

            migrationBuilder.DropTable(
                name: "kontor_activities");

            migrationBuilder.DropTable(
                name: "kontor_comments");

            migrationBuilder.DropIndex(
                name: "ix_kontor_timeline_activity_id",
                table: "kontor_timeline");

            migrationBuilder.DropIndex(
                name: "ix_kontor_timeline_comment_id",
                table: "kontor_timeline");

            migrationBuilder.DropIndex(
                name: "ix_kontor_timeline_communication_id",
                table: "kontor_timeline");

            migrationBuilder.DropIndex(
                name: "ix_kontor_timeline_deal_id_kind_created_at_id",
                table: "kontor_timeline");

            migrationBuilder.DropIndex(
                name: "ix_kontor_timeline_delivery_id",
                table: "kontor_timeline");

            migrationBuilder.DropIndex(
                name: "ix_kontor_timeline_payment_id",
                table: "kontor_timeline");

            migrationBuilder.DropColumn(
                name: "activity_id",
                table: "kontor_timeline");

            migrationBuilder.DropColumn(
                name: "comment_id",
                table: "kontor_timeline");

            migrationBuilder.DropColumn(
                name: "communication_id",
                table: "kontor_timeline");

            migrationBuilder.DropColumn(
                name: "delivery_id",
                table: "kontor_timeline");

            migrationBuilder.DropColumn(
                name: "payment_id",
                table: "kontor_timeline");
        }
    }
}
