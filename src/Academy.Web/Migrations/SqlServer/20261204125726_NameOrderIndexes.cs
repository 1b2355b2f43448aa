using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
{
    /// <summary>
    /// On SQLite and PostgreSQL this migration adds indexes of people's names in the reader's collation. SQL Server's
    /// index keys take the column's own collation, so the same would need a computed column per language; any later
    /// change to the names' column would then fail on those columns, and no SQL Server runs here to show that its
    /// planner uses them. It is empty on purpose: these lists are sorted per request on SQL Server, as before.
    /// </summary>
    public partial class NameOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
