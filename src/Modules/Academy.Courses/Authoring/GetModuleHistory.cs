using Academy.Courses.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

/// <summary>Every revision with author and time, and the difference between two of them.</summary>
public sealed record GetModuleHistory(string CourseSlug, string ModuleSlug, int? From, int? To) : IRequest<ModuleHistory>;

public sealed record ModuleHistory(
    string CourseSlug, string CourseTitle, string CourseLanguage, string ModuleSlug, string Title, int PublishedRevision, IReadOnlyList<RevisionLine> Revisions,
    RevisionComparison? Comparison);

public sealed record RevisionLine(int Number, DateTimeOffset CreatedAt, string AuthorName, string Title);

public sealed record RevisionComparison(int From, int To, string FromText, string ToText);

internal sealed class GetModuleHistoryHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetModuleHistory, ModuleHistory>
{
    public async Task<ModuleHistory> Handle(GetModuleHistory request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var module = course.ModuleOf(request.ModuleSlug);
        var revisions = await data.ModuleRevisions.AsNoTracking()
            .Where(r => r.ModuleId == module.Id)
            .OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.CreatedAt, r.AuthorName, r.Title, r.FileText })
            .ToListAsync(cancellationToken);
        var to = request.To ?? revisions.FirstOrDefault()?.Number;
        var from = request.From ?? revisions.Where(r => r.Number < to).Select(r => (int?)r.Number).FirstOrDefault();
        var fromText = revisions.FirstOrDefault(r => r.Number == from)?.FileText;
        var toText = revisions.FirstOrDefault(r => r.Number == to)?.FileText;
        return new ModuleHistory(course.Slug, course.Title, course.Language, module.Slug, revisions.FirstOrDefault()?.Title ?? module.Slug, module.PublishedRevisionNumber,
            revisions.Select(r => new RevisionLine(r.Number, r.CreatedAt, r.AuthorName, r.Title)).ToList(),
            fromText is not null && toText is not null ? new RevisionComparison(from!.Value, to!.Value, fromText, toText) : null);
    }
}
