using MediatR;

namespace Academy.Contracts.Sessions;

/// <summary>A live session was cancelled. Published by the Cohorts module after the save.</summary>
public sealed record SessionCancelled(LiveSessionInfo Session, string ActorId, string ActorName) : INotification;
