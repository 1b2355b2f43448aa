using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CohortInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cohorts_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_invitations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_invitations_CohortId_Email",
                table: "cohorts_invitations",
                columns: new[] { "CohortId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_invitations_TokenHash",
                table: "cohorts_invitations",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohorts_invitations");
        }
    }
}
