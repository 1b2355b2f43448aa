using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReflectionWaitingCountIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id_AssignmentSlug",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status", "SubmittedAt", "Id", "AssignmentSlug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id_AssignmentSlug",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status", "SubmittedAt", "Id" });
        }
    }
}
