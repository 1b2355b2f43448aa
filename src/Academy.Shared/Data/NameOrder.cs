using System.Globalization;
using System.Linq.Expressions;
using Academy.Shared.Localization;

namespace Academy.Shared.Data;

/// <summary>
/// People's names in the reader's collation, in the database, for lists paged by keyset: in Finnish Å, Ä and Ö come
/// after Z, in English they sort with A and O, as <see cref="StringComparer.CurrentCultureIgnoreCase"/> sorts them in C#.
/// Each provider has its own name for that order: PostgreSQL's ICU collations, SQL Server's Windows collations, and on
/// SQLite, which has none, collations the host registers on every connection from .NET's own (ICU) comparison
/// (<see cref="Compare"/>). EF takes a collation only as a constant written in the query, so a query names
/// <see cref="Reader"/> (<c>EF.Functions.Collate(name, NameOrder.Reader)</c>) in both the ORDER BY and the keyset's
/// comparison, so the two agree, and <see cref="InReaderOrder"/> puts the provider's collation for the reader's language in its place.
/// </summary>
public static class NameOrder
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    public const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    public const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>Stands for the reader's collation in a query until <see cref="InReaderOrder"/> names it.</summary>
    public const string Reader = "academy_reader_collation";

    /// <summary>The query with <see cref="Reader"/> replaced by the collation of the database's provider for the reader's language.</summary>
    public static IQueryable<T> InReaderOrder<T>(this IQueryable<T> query, string? providerName, CultureInfo culture) =>
        query.Provider.CreateQuery<T>(new ReaderCollation(Collation(providerName, culture)).Visit(query.Expression));

    /// <summary>
    /// A query to compile (<c>EF.CompileAsyncQuery</c>) with <see cref="Reader"/> replaced by <paramref name="collation"/>
    /// (<see cref="Collation"/>): the collation is written into the SQL, so such a query is compiled once for each.
    /// </summary>
    public static Expression<TQuery> InCollation<TQuery>(Expression<TQuery> query, string collation) where TQuery : Delegate =>
        (Expression<TQuery>)new ReaderCollation(collation).Visit(query);

    /// <summary>The SQLite collations the host registers, one per language Academy speaks.</summary>
    public static IReadOnlyDictionary<string, string> SqliteCollations { get; } = AcademyCultures.Supported.ToDictionary(language => language, language => $"academy_{language}");

    /// <summary>The collation of <paramref name="providerName"/> that orders names as <paramref name="culture"/> does (its language; English for any other).</summary>
    public static string Collation(string? providerName, CultureInfo culture)
    {
        var language = AcademyCultures.Normalize(culture.Name);
        return providerName switch
        {
            PostgresProvider => language == AcademyCultures.Finnish ? "fi-x-icu" : "und-x-icu",
            SqlServerProvider => language == AcademyCultures.Finnish ? "Finnish_Swedish_100_CS_AS" : "Latin1_General_100_CS_AS",
            _ => SqliteCollations[language],
        };
    }

    /// <summary>
    /// The SQLite collation for a language: .NET's comparison of the language (case counts, lower case first, as ICU's
    /// default on PostgreSQL), then ordinal, so two different names never compare equal and the keyset's ties are the ids'.
    /// </summary>
    public static int Compare(string language, string? x, string? y) => Comparer(language).Compare(x, y);

    /// <summary>Names in <paramref name="language"/>'s order (<see cref="Compare"/>): one comparer per language, made once.</summary>
    public static IComparer<string?> Comparer(string language) =>
        NamesInOrder.TryGetValue(language, out var comparer) ? comparer : NamesInOrder[AcademyCultures.Normalize(language)];

    // SQLite calls the collation for every comparison of a sort or an index seek, so each language's comparison info is found once.
    private static readonly Dictionary<string, IComparer<string?>> NamesInOrder = AcademyCultures.Supported.ToDictionary(
        language => language, language => (IComparer<string?>)new CultureThenOrdinal(AcademyCultures.Culture(language).CompareInfo), StringComparer.Ordinal);

    private sealed class CultureThenOrdinal(CompareInfo culture) : IComparer<string?>
    {
        public int Compare(string? x, string? y)
        {
            var byCulture = culture.Compare(x, y, CompareOptions.None);
            return byCulture != 0 ? byCulture : string.CompareOrdinal(x, y);
        }
    }

    private sealed class ReaderCollation(string collation) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node) =>
            node.Value is Reader ? Expression.Constant(collation) : base.VisitConstant(node);
    }
}
