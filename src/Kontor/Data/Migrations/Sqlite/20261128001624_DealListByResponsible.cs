using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kontor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DealListByResponsible : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_deals_pipeline_responsible_amount",
                table: "kontor_deals",
                columns: new[] { "pipeline_id", "responsible_id", "amount", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deals_pipeline_responsible_amount",
                table: "kontor_deals");
        }
    }
}
