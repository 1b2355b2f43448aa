using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeerReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reflections_peer_review_settings",
                schema: "reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortSlug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IsOn = table.Column<bool>(type: "bit", nullable: false),
                    ReviewsPerSubmission = table.Column<int>(type: "int", nullable: false),
                    ReviewsToGive = table.Column<int>(type: "int", nullable: false),
                    IsAnonymous = table.Column<bool>(type: "bit", nullable: false),
                    ReviewsDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ShowsPeerScores = table.Column<bool>(type: "bit", nullable: false),
                    RevealsAfterGiving = table.Column<bool>(type: "bit", nullable: false),
                    IncludesPrivateReflections = table.Column<bool>(type: "bit", nullable: false),
                    ClaimHours = table.Column<int>(type: "int", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_peer_review_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reflections_peer_reviews",
                schema: "reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortSlug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Slot = table.Column<int>(type: "int", nullable: false),
                    ReviewerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LapsedReviewerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    OpenClaimOf = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    IsAnonymous = table.Column<bool>(type: "bit", nullable: false),
                    AssignedByInstructor = table.Column<bool>(type: "bit", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClaimExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    IsHidden = table.Column<bool>(type: "bit", nullable: false),
                    HiddenBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ClaimVersion = table.Column<int>(type: "int", nullable: false),
                    Criteria = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_peer_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reflections_peer_reviews_reflections_reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalSchema: "reflections",
                        principalTable: "reflections_reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_review_settings_CohortSlug_AssignmentSlug",
                schema: "reflections",
                table: "reflections_peer_review_settings",
                columns: new[] { "CohortSlug", "AssignmentSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_AuthorId",
                schema: "reflections",
                table: "reflections_peer_reviews",
                columns: new[] { "CohortSlug", "AssignmentSlug", "AuthorId" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_OpenClaimOf",
                schema: "reflections",
                table: "reflections_peer_reviews",
                columns: new[] { "CohortSlug", "AssignmentSlug", "OpenClaimOf" },
                unique: true,
                filter: "[OpenClaimOf] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_ReviewerId",
                schema: "reflections",
                table: "reflections_peer_reviews",
                columns: new[] { "CohortSlug", "AssignmentSlug", "ReviewerId" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_ReflectionId_ReviewerId",
                schema: "reflections",
                table: "reflections_peer_reviews",
                columns: new[] { "ReflectionId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_ReflectionId_Slot",
                schema: "reflections",
                table: "reflections_peer_reviews",
                columns: new[] { "ReflectionId", "Slot" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reflections_peer_review_settings",
                schema: "reflections");

            migrationBuilder.DropTable(
                name: "reflections_peer_reviews",
                schema: "reflections");
        }
    }
}
