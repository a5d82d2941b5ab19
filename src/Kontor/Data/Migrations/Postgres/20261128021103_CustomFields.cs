using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kontor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustomFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "custom_fields",
                table: "kontor_deals",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "custom_fields",
                table: "kontor_contacts",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "custom_fields",
                table: "kontor_companies",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.CreateTable(
                name: "kontor_custom_fields",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    multiple = table.Column<bool>(type: "boolean", nullable: false),
                    label_de = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    label_en = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    mandatory = table.Column<bool>(type: "boolean", nullable: false),
                    default_value = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    sort = table.Column<int>(type: "integer", nullable: false),
                    show_in_list = table.Column<bool>(type: "boolean", nullable: false),
                    filterable = table.Column<bool>(type: "boolean", nullable: false),
                    help_de = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    help_en = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_custom_fields", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kontor_files",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    store = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    disk_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_files_kontor_users_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kontor_custom_field_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    field_id = table.Column<long>(type: "bigint", nullable: false),
                    sort = table.Column<int>(type: "integer", nullable: false),
                    label_de = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    label_en = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    retired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_custom_field_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_custom_field_items_kontor_custom_fields_field_id",
                        column: x => x.field_id,
                        principalTable: "kontor_custom_fields",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_custom_field_pipelines",
                columns: table => new
                {
                    field_id = table.Column<long>(type: "bigint", nullable: false),
                    pipeline_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_custom_field_pipelines", x => new { x.field_id, x.pipeline_id });
                    table.ForeignKey(
                        name: "fk_kontor_custom_field_pipelines_kontor_custom_fields_field_id",
                        column: x => x.field_id,
                        principalTable: "kontor_custom_fields",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_custom_field_pipelines_pipeline_pipeline_id",
                        column: x => x.pipeline_id,
                        principalTable: "kontor_pipelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_file_contents",
                columns: table => new
                {
                    file_id = table.Column<long>(type: "bigint", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_file_contents", x => x.file_id);
                    table.ForeignKey(
                        name: "fk_kontor_file_contents_kontor_files_file_id",
                        column: x => x.file_id,
                        principalTable: "kontor_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_custom_field_items_field_id",
                table: "kontor_custom_field_items",
                column: "field_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_custom_field_pipelines_pipeline_id",
                table: "kontor_custom_field_pipelines",
                column: "pipeline_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_custom_fields_entity_code",
                table: "kontor_custom_fields",
                columns: new[] { "entity", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kontor_custom_fields_entity_sort",
                table: "kontor_custom_fields",
                columns: new[] { "entity", "sort" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_files_created_by_id",
                table: "kontor_files",
                column: "created_by_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kontor_custom_field_items");

            migrationBuilder.DropTable(
                name: "kontor_custom_field_pipelines");

            migrationBuilder.DropTable(
                name: "kontor_file_contents");

            migrationBuilder.DropTable(
                name: "kontor_custom_fields");

            migrationBuilder.DropTable(
                name: "kontor_files");

            migrationBuilder.DropColumn(
                name: "custom_fields",
                table: "kontor_deals");

            migrationBuilder.DropColumn(
                name: "custom_fields",
                table: "kontor_contacts");

            migrationBuilder.DropColumn(
                name: "custom_fields",
                table: "kontor_companies");
        }
    }
}
