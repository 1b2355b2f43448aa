using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CourseLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentLanguage",
                schema: "discussions",
                table: "discussions_threads",
                type: "nvarchar(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentLanguage",
                schema: "discussions",
                table: "discussions_spaces",
                type: "nvarchar(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                schema: "courses",
                table: "courses_courses",
                type: "nvarchar(35)",
                maxLength: 35,
                nullable: false,
                defaultValue: "en");

            // Every course was English until a course could say otherwise (the default above): the threads the course opened
            // (its discussion prompts, by no person) and the module spaces it titled are in its language.
            // In EXEC, so the idempotent script's batch compiles before the columns exist.
            migrationBuilder.Sql("EXEC(N'UPDATE [discussions].[discussions_threads] SET [ContentLanguage] = N''en'' WHERE [AuthorId] = N''''')");
            migrationBuilder.Sql("EXEC(N'UPDATE [discussions].[discussions_spaces] SET [ContentLanguage] = N''en'' WHERE [ModuleSlug] IS NOT NULL')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentLanguage",
                schema: "discussions",
                table: "discussions_threads");

            migrationBuilder.DropColumn(
                name: "ContentLanguage",
                schema: "discussions",
                table: "discussions_spaces");

            migrationBuilder.DropColumn(
                name: "Language",
                schema: "courses",
                table: "courses_courses");
        }
    }
}
