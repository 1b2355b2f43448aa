using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Shared.Errors;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Threads;

/// <summary>What every post must be, whoever writes it and wherever.</summary>
internal static class PostRules
{
    public const int MaximumBodyLength = 20_000;
    public const int MaximumTitleLength = 200;

    /// <summary>A learner posting faster than this is asked to slow down (a person writes; a script floods).</summary>
    public const int PostsPerMinute = 10;

    public static IRuleBuilderOptions<T, string> ValidPostBody<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<DiscussionsText> t) => rule
        .Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage(_ => t["Write something first."])
        .MaximumLength(MaximumBodyLength).WithMessage(_ => t["Posts can have at most {0:N0} characters. Split a long text into several posts.", MaximumBodyLength]);

    public static IRuleBuilderOptions<T, string> ValidTitle<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<DiscussionsText> t) => rule
        .MaximumLength(MaximumTitleLength).WithMessage(_ => t["Keep the title to {0} characters.", MaximumTitleLength]);

    /// <summary>How far back <see cref="PostsPerMinute"/> looks.</summary>
    public static readonly TimeSpan FloodWindow = TimeSpan.FromMinutes(1);

    public static async Task EnsureNotFloodingAsync(IDiscussionsData data, string userId, DateTimeOffset now, IStringLocalizer<DiscussionsText> t,
        CancellationToken cancellationToken)
    {
        var since = now - FloodWindow;
        EnsureNotFlooding(await data.Posts.CountAsync(post => post.AuthorId == userId && post.CreatedAt > since, cancellationToken), t);
    }

    /// <param name="recentPosts">The author's posts within the last <see cref="FloodWindow"/>.</param>
    public static void EnsureNotFlooding(int recentPosts, IStringLocalizer<DiscussionsText> t)
    {
        if (recentPosts >= PostsPerMinute)
        {
            throw new RuleViolation(t["You have posted {0} times in the last minute. Take a breath and post again in a moment; your text is kept.", recentPosts]);
        }
    }
}
