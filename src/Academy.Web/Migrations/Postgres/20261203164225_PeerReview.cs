using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsOn = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewsPerSubmission = table.Column<int>(type: "integer", nullable: false),
                    ReviewsToGive = table.Column<int>(type: "integer", nullable: false),
                    IsAnonymous = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewsDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ShowsPeerScores = table.Column<bool>(type: "boolean", nullable: false),
                    RevealsAfterGiving = table.Column<bool>(type: "boolean", nullable: false),
                    IncludesPrivateReflections = table.Column<bool>(type: "boolean", nullable: false),
                    ClaimHours = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Slot = table.Column<int>(type: "integer", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LapsedReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    OpenClaimOf = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    IsAnonymous = table.Column<bool>(type: "boolean", nullable: false),
                    AssignedByInstructor = table.Column<bool>(type: "boolean", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsHidden = table.Column<bool>(type: "boolean", nullable: false),
                    HiddenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClaimVersion = table.Column<int>(type: "integer", nullable: false),
                    Criteria = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_peer_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reflections_peer_reviews_reflections_reflections_Reflection~",
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
                name: "IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_OpenClai~",
                schema: "reflections",
                table: "reflections_peer_reviews",
                columns: new[] { "CohortSlug", "AssignmentSlug", "OpenClaimOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_Reviewer~",
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
