using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ModuleDraftsAndRevisionFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DraftAuthorName",
                table: "courses_modules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DraftSavedAt",
                table: "courses_modules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftText",
                table: "courses_modules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedFileHash",
                table: "courses_modules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AuthorName",
                table: "courses_module_revisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FileText",
                table: "courses_module_revisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DraftAuthorName",
                table: "courses_modules");

            migrationBuilder.DropColumn(
                name: "DraftSavedAt",
                table: "courses_modules");

            migrationBuilder.DropColumn(
                name: "DraftText",
                table: "courses_modules");

            migrationBuilder.DropColumn(
                name: "ImportedFileHash",
                table: "courses_modules");

            migrationBuilder.DropColumn(
                name: "AuthorName",
                table: "courses_module_revisions");

            migrationBuilder.DropColumn(
                name: "FileText",
                table: "courses_module_revisions");
        }
    }
}
