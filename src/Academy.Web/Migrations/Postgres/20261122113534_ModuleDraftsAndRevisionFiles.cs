using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ModuleDraftsAndRevisionFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DraftAuthorName",
                schema: "courses",
                table: "courses_modules",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DraftSavedAt",
                schema: "courses",
                table: "courses_modules",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftText",
                schema: "courses",
                table: "courses_modules",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedFileHash",
                schema: "courses",
                table: "courses_modules",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AuthorName",
                schema: "courses",
                table: "courses_module_revisions",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FileText",
                schema: "courses",
                table: "courses_module_revisions",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DraftAuthorName",
                schema: "courses",
                table: "courses_modules");

            migrationBuilder.DropColumn(
                name: "DraftSavedAt",
                schema: "courses",
                table: "courses_modules");

            migrationBuilder.DropColumn(
                name: "DraftText",
                schema: "courses",
                table: "courses_modules");

            migrationBuilder.DropColumn(
                name: "ImportedFileHash",
                schema: "courses",
                table: "courses_modules");

            migrationBuilder.DropColumn(
                name: "AuthorName",
                schema: "courses",
                table: "courses_module_revisions");

            migrationBuilder.DropColumn(
                name: "FileText",
                schema: "courses",
                table: "courses_module_revisions");
        }
    }
}
