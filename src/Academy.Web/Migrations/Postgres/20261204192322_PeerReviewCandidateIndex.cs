using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PeerReviewCandidateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_AssignmentSlug_Submitted~",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_AssignmentSlug_Submitted~",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "AssignmentSlug", "SubmittedAt", "Audience", "Id", "UserId", "AuthorName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_AssignmentSlug_Submitted~",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_AssignmentSlug_Submitted~",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "AssignmentSlug", "SubmittedAt", "Audience" });
        }
    }
}
