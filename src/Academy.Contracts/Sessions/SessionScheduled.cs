using MediatR;

namespace Academy.Contracts.Sessions;

/// <summary>An instructor (or an admin) scheduled a live session. Published by the Cohorts module after the save.</summary>
public sealed record SessionScheduled(LiveSessionInfo Session, string ActorId, string ActorName) : INotification;
