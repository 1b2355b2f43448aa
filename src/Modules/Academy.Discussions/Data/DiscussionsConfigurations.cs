using Academy.Discussions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Academy.Discussions.Data;

internal sealed class SpaceConfiguration : IEntityTypeConfiguration<Space>
{
    public void Configure(EntityTypeBuilder<Space> builder)
    {
        builder.ToTable("discussions_spaces");
        builder.HasIndex(space => new { space.CohortSlug, space.Key }).IsUnique();
        builder.Property(space => space.Key).HasMaxLength(100);
        builder.Property(space => space.CohortSlug).HasMaxLength(100);
        builder.Property(space => space.ModuleSlug).HasMaxLength(100);
        builder.Property(space => space.Title).HasMaxLength(200);
        builder.Property(space => space.Description).HasMaxLength(1000);
        builder.Property(space => space.ContentLanguage).HasMaxLength(Academy.Shared.Localization.AcademyCultures.MaxContentLanguageLength);
    }
}

internal sealed class DiscussionThreadConfiguration : IEntityTypeConfiguration<DiscussionThread>
{
    public void Configure(EntityTypeBuilder<DiscussionThread> builder)
    {
        builder.ToTable("discussions_threads");
        builder.HasIndex(thread => new { thread.CohortSlug, thread.Number }).IsUnique();
        builder.HasIndex(thread => new { thread.SpaceId, thread.IsPinned, thread.LastPostAt });
        builder.HasIndex(thread => new { thread.CohortSlug, thread.AnsweredAt, thread.CreatedAt }); // the instructor's unanswered threads, oldest first
        builder.Property(thread => thread.CohortSlug).HasMaxLength(100);
        builder.Property(thread => thread.Title).HasMaxLength(200);
        builder.Property(thread => thread.AuthorId).HasMaxLength(450);
        builder.Property(thread => thread.AuthorName).HasMaxLength(100);
        builder.Property(thread => thread.LastPostAuthorName).HasMaxLength(100);
        builder.Property(thread => thread.LockReason).HasMaxLength(500);
        builder.Property(thread => thread.ContentLanguage).HasMaxLength(Academy.Shared.Localization.AcademyCultures.MaxContentLanguageLength);
        builder.Ignore(thread => thread.ReplyCount);
        builder.Property(thread => thread.PostCount).IsConcurrencyToken(); // two replies at once cannot take one number
        builder.HasOne<Space>().WithMany().HasForeignKey(thread => thread.SpaceId);
        builder.HasMany(thread => thread.Posts).WithOne().HasForeignKey(post => post.ThreadId);
    }
}

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("discussions_posts");
        builder.HasIndex(post => new { post.ThreadId, post.Sequence }).IsUnique();
        builder.HasIndex(post => new { post.ThreadId, post.RootSequence });
        builder.HasIndex(post => new { post.AuthorId, post.CreatedAt });
        builder.HasIndex(post => new { post.AuthorId, post.IdempotencyKey }).IsUnique();
        builder.Property(post => post.AuthorId).HasMaxLength(450);
        builder.Property(post => post.AuthorName).HasMaxLength(100);
        builder.Ignore(post => post.IsDeleted);
        builder.Property(post => post.HiddenReason).HasMaxLength(500);
        builder.HasMany(post => post.Revisions).WithOne().HasForeignKey(revision => revision.PostId);
        builder.HasMany(post => post.Likes).WithOne().HasForeignKey(like => like.PostId);
    }
}

internal sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> builder)
    {
        builder.ToTable("discussions_post_revisions");
        builder.HasIndex(revision => new { revision.PostId, revision.Number }).IsUnique();
    }
}

internal sealed class ReadMarkConfiguration : IEntityTypeConfiguration<ReadMark>
{
    public void Configure(EntityTypeBuilder<ReadMark> builder)
    {
        builder.ToTable("discussions_read_marks");
        builder.HasKey(mark => new { mark.UserId, mark.ThreadId });
        builder.Property(mark => mark.UserId).HasMaxLength(450);
        builder.HasOne<DiscussionThread>().WithMany().HasForeignKey(mark => mark.ThreadId);
    }
}

internal sealed class ModerationEntryConfiguration : IEntityTypeConfiguration<ModerationEntry>
{
    public void Configure(EntityTypeBuilder<ModerationEntry> builder)
    {
        builder.ToTable("discussions_moderation_log");
        builder.HasIndex(entry => new { entry.CohortSlug, entry.At });
        builder.Property(entry => entry.CohortSlug).HasMaxLength(100);
        builder.Property(entry => entry.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(entry => entry.Reason).HasMaxLength(500);
        builder.Property(entry => entry.ModeratorId).HasMaxLength(450);
        builder.Property(entry => entry.ModeratorName).HasMaxLength(100);
    }
}

internal sealed class PostFlagConfiguration : IEntityTypeConfiguration<PostFlag>
{
    public void Configure(EntityTypeBuilder<PostFlag> builder)
    {
        builder.ToTable("discussions_flags");
        builder.HasIndex(flag => new { flag.CohortSlug, flag.ResolvedAt });
        builder.Property(flag => flag.CohortSlug).HasMaxLength(100);
        builder.Property(flag => flag.FlaggedById).HasMaxLength(450);
        builder.Property(flag => flag.FlaggedByName).HasMaxLength(100);
        builder.Property(flag => flag.Reason).HasMaxLength(500);
    }
}

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> builder)
    {
        builder.ToTable("discussions_drafts");
        builder.HasKey(draft => new { draft.UserId, draft.CohortSlug, draft.Place });
        builder.Property(draft => draft.UserId).HasMaxLength(450);
        builder.Property(draft => draft.CohortSlug).HasMaxLength(100);
        builder.Property(draft => draft.Place).HasMaxLength(120);
        builder.Property(draft => draft.Title).HasMaxLength(Threads.PostRules.MaximumTitleLength);
        builder.Property(draft => draft.Body).HasMaxLength(Threads.PostRules.MaximumBodyLength);
    }
}

internal sealed class PostLikeConfiguration : IEntityTypeConfiguration<PostLike>
{
    public void Configure(EntityTypeBuilder<PostLike> builder)
    {
        builder.ToTable("discussions_likes");
        builder.HasKey(like => new { like.PostId, like.UserId });
        builder.Property(like => like.UserId).HasMaxLength(450);
        builder.Property(like => like.UserName).HasMaxLength(100);
    }
}

internal sealed class ThreadFollowConfiguration : IEntityTypeConfiguration<ThreadFollow>
{
    public void Configure(EntityTypeBuilder<ThreadFollow> builder)
    {
        builder.ToTable("discussions_follows");
        builder.HasKey(follow => new { follow.UserId, follow.ThreadId });
        builder.HasIndex(follow => new { follow.ThreadId, follow.Level });
        builder.Property(follow => follow.UserId).HasMaxLength(450);
        builder.HasOne<DiscussionThread>().WithMany().HasForeignKey(follow => follow.ThreadId);
    }
}
