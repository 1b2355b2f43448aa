using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>
/// Something happened that these members should hear about in their notifications: published by the module
/// where it happened, stored by the Cohorts module. The actor is never among the recipients.
/// </summary>
public sealed record MembersNotified(IReadOnlyList<string> UserIds, string ActorId, string ActorName, string Text, string Url) : INotification;
