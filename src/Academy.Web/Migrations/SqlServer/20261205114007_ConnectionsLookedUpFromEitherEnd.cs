using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConnectionsLookedUpFromEitherEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cohorts_connections_SecondUserId",
                schema: "cohorts",
                table: "cohorts_connections");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_SecondUserId_FirstUserId",
                schema: "cohorts",
                table: "cohorts_connections",
                columns: new[] { "SecondUserId", "FirstUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cohorts_connections_SecondUserId_FirstUserId",
                schema: "cohorts",
                table: "cohorts_connections");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_SecondUserId",
                schema: "cohorts",
                table: "cohorts_connections",
                column: "SecondUserId");
        }
    }
}
