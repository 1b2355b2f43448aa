using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CohortInstructorsFoundByRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_cohorts_members_CohortId_Role",
                schema: "cohorts",
                table: "cohorts_members",
                columns: new[] { "CohortId", "Role" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cohorts_members_CohortId_Role",
                schema: "cohorts",
                table: "cohorts_members");
        }
    }
}
