using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <summary>
    /// Lists of people page by name in the reader's collation (NameOrder). These indexes hold the names in that order,
    /// one per language, so that a page of 50 is read from the index where it was sorted from the whole cohort (or every
    /// user) on each request. EF's model cannot name a collation per index column on every provider, hence the SQL.
    /// </summary>
    public partial class NameOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_cohorts_members_CohortId_DisplayName_en" ON "cohorts_members" ("CohortId", "DisplayName" COLLATE academy_en, "UserId");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_cohorts_members_CohortId_DisplayName_fi" ON "cohorts_members" ("CohortId", "DisplayName" COLLATE academy_fi, "UserId");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_AspNetUsers_DisplayName_en" ON "AspNetUsers" ("DisplayName" COLLATE academy_en, "Id");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_AspNetUsers_DisplayName_fi" ON "AspNetUsers" ("DisplayName" COLLATE academy_fi, "Id");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_cohorts_members_CohortId_DisplayName_en";""");
            migrationBuilder.Sql("""DROP INDEX "IX_cohorts_members_CohortId_DisplayName_fi";""");
            migrationBuilder.Sql("""DROP INDEX "IX_AspNetUsers_DisplayName_en";""");
            migrationBuilder.Sql("""DROP INDEX "IX_AspNetUsers_DisplayName_fi";""");
        }
    }
}
