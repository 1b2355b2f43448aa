using Academy.Courses.Catalogue.ViewModule;
using Academy.Courses.Learning.Progress;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Data;

/// <summary>The module's hottest reads, compiled once for the app (see <see cref="Academy.Shared.Data.ModuleData"/>'s <c>Context</c>).</summary>
internal sealed class CoursesQueries
{
    public Func<DbContext, string, string[], IAsyncEnumerable<ProgressQueries.OwnRow>> OwnRows { get; } =
        EF.CompileAsyncQuery(ProgressQueries.OwnRowsQuery);

    public Func<DbContext, string, string, string, string?, IAsyncEnumerable<GetModuleHandler.ModuleRow>> ModuleForReader { get; } =
        EF.CompileAsyncQuery(GetModuleHandler.ModuleForReaderQuery);
}
