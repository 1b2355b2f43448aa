using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>A user changed the name others see; modules that copied it update their copies.</summary>
public sealed record MemberRenamed(string UserId, string DisplayName) : INotification;
