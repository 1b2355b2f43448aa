using Academy.Cohorts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Academy.Cohorts.Data;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("cohorts_conversations");
        builder.Property(conversation => conversation.Title).HasMaxLength(Conversation.MaximumTitleLength);
        builder.Property(conversation => conversation.MessageCount).IsConcurrencyToken(); // two messages at once cannot take one number
        builder.HasMany(conversation => conversation.Members).WithOne().HasForeignKey(member => member.ConversationId);
        builder.Navigation(conversation => conversation.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConversationMemberConfiguration : IEntityTypeConfiguration<ConversationMember>
{
    public void Configure(EntityTypeBuilder<ConversationMember> builder)
    {
        builder.ToTable("cohorts_conversation_members");
        builder.HasIndex(member => new { member.ConversationId, member.UserId }).IsUnique();
        builder.HasIndex(member => new { member.UserId, member.Standing });
        builder.Property(member => member.UserId).HasMaxLength(450);
        builder.Property(member => member.DisplayName).HasMaxLength(100);
        builder.Property(member => member.Standing).HasConversion<string>().HasMaxLength(20);
        builder.Property(member => member.Draft).HasMaxLength(Messages.MessageRules.MaximumBodyLength);
    }
}

internal sealed class ConversationReaderConfiguration : IEntityTypeConfiguration<ConversationReader>
{
    public void Configure(EntityTypeBuilder<ConversationReader> builder)
    {
        builder.ToTable("cohorts_conversation_readers");
        builder.HasIndex(reader => new { reader.ConversationId, reader.UserId });
        builder.HasIndex(reader => reader.ExpiresAt);
        builder.Property(reader => reader.UserId).HasMaxLength(450);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(reader => reader.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PrivateMessageConfiguration : IEntityTypeConfiguration<PrivateMessage>
{
    public void Configure(EntityTypeBuilder<PrivateMessage> builder)
    {
        builder.ToTable("cohorts_private_messages");
        builder.HasIndex(message => new { message.ConversationId, message.Number }).IsUnique();
        builder.HasIndex(message => message.AuthorId);
        builder.Property(message => message.AuthorId).HasMaxLength(450);
        builder.Property(message => message.AuthorName).HasMaxLength(100);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(message => message.ConversationId);
        builder.Ignore(message => message.IsDeleted);
    }
}

internal sealed class PersonBlockConfiguration : IEntityTypeConfiguration<PersonBlock>
{
    public void Configure(EntityTypeBuilder<PersonBlock> builder)
    {
        builder.ToTable("cohorts_person_blocks");
        builder.HasIndex(block => new { block.BlockerId, block.BlockedId }).IsUnique();
        builder.HasIndex(block => block.BlockedId);
        builder.Property(block => block.BlockerId).HasMaxLength(450);
        builder.Property(block => block.BlockedId).HasMaxLength(450);
    }
}

internal sealed class MessageReportConfiguration : IEntityTypeConfiguration<MessageReport>
{
    public void Configure(EntityTypeBuilder<MessageReport> builder)
    {
        builder.ToTable("cohorts_message_reports");
        builder.HasOne<PrivateMessage>().WithMany().HasForeignKey(report => report.MessageId);
        builder.HasIndex(report => new { report.Outcome, report.ReportedAt }); // the admins' open list, oldest first
        builder.HasIndex(report => new { report.MessageId, report.ReporterId });
        builder.Property(report => report.ReporterId).HasMaxLength(450);
        builder.Property(report => report.ReporterName).HasMaxLength(100);
        builder.Property(report => report.Reason).HasMaxLength(MessageReport.MaximumReasonLength);
        builder.Property(report => report.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(report => report.ResolvedById).HasMaxLength(450);
        builder.Property(report => report.ResolvedByName).HasMaxLength(100);
    }
}
