using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CourseLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentLanguage",
                table: "discussions_threads",
                type: "TEXT",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentLanguage",
                table: "discussions_spaces",
                type: "TEXT",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "courses_courses",
                type: "TEXT",
                maxLength: 35,
                nullable: false,
                defaultValue: "en");

            // Every course was English until a course could say otherwise (the default above): the threads the course opened
            // (its discussion prompts, by no person) and the module spaces it titled are in its language.
            migrationBuilder.Sql("UPDATE discussions_threads SET \"ContentLanguage\" = 'en' WHERE \"AuthorId\" = ''");
            migrationBuilder.Sql("UPDATE discussions_spaces SET \"ContentLanguage\" = 'en' WHERE \"ModuleSlug\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentLanguage",
                table: "discussions_threads");

            migrationBuilder.DropColumn(
                name: "ContentLanguage",
                table: "discussions_spaces");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "courses_courses");
        }
    }
}
