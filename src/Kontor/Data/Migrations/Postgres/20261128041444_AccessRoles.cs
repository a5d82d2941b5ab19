using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kontor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccessRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kontor_roles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    manage_pipelines = table.Column<bool>(type: "boolean", nullable: false),
                    manage_custom_fields = table.Column<bool>(type: "boolean", nullable: false),
                    manage_access = table.Column<bool>(type: "boolean", nullable: false),
                    see_all_reports = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kontor_role_grants",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<long>(type: "bigint", nullable: false),
                    record_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    pipeline_id = table.Column<long>(type: "bigint", nullable: true),
                    stage_id = table.Column<long>(type: "bigint", nullable: true),
                    reach = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_role_grants", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_role_grants_kontor_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "kontor_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_role_grants_pipeline_pipeline_id",
                        column: x => x.pipeline_id,
                        principalTable: "kontor_pipelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_role_grants_stage_stage_id",
                        column: x => x.stage_id,
                        principalTable: "kontor_stages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_user_roles",
                columns: table => new
                {
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    role_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_kontor_user_roles_kontor_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "kontor_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_user_roles_kontor_users_user_id",
                        column: x => x.user_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_role_grants_pipeline_id",
                table: "kontor_role_grants",
                column: "pipeline_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_role_grants_role_id",
                table: "kontor_role_grants",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_role_grants_stage_id",
                table: "kontor_role_grants",
                column: "stage_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_user_roles_role_id",
                table: "kontor_user_roles",
                column: "role_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kontor_role_grants");

            migrationBuilder.DropTable(
                name: "kontor_user_roles");

            migrationBuilder.DropTable(
                name: "kontor_roles");
        }
    }
}
