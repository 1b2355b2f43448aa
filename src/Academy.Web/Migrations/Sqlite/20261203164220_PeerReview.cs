using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeerReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reflections_peer_review_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsOn = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewsPerSubmission = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewsToGive = table.Column<int>(type: "INTEGER", nullable: false),
                    IsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewsDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ShowsPeerScores = table.Column<bool>(type: "INTEGER", nullable: false),
                    RevealsAfterGiving = table.Column<bool>(type: "INTEGER", nullable: false),
                    IncludesPrivateReflections = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClaimHours = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_peer_review_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reflections_peer_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LapsedReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OpenClaimOf = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssignedByInstructor = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    HiddenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_peer_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reflections_peer_reviews_reflections_reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "reflections_reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_review_settings_CohortSlug_AssignmentSlug",
                table: "reflections_peer_review_settings",
                columns: new[] { "CohortSlug", "AssignmentSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_AuthorId",
                table: "reflections_peer_reviews",
                columns: new[] { "CohortSlug", "AssignmentSlug", "AuthorId" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_OpenClaimOf",
                table: "reflections_peer_reviews",
                columns: new[] { "CohortSlug", "AssignmentSlug", "OpenClaimOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_ReviewerId",
                table: "reflections_peer_reviews",
                columns: new[] { "CohortSlug", "AssignmentSlug", "ReviewerId" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_ReflectionId_ReviewerId",
                table: "reflections_peer_reviews",
                columns: new[] { "ReflectionId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_ReflectionId_Slot",
                table: "reflections_peer_reviews",
                columns: new[] { "ReflectionId", "Slot" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reflections_peer_review_settings");

            migrationBuilder.DropTable(
                name: "reflections_peer_reviews");
        }
    }
}
