namespace Academy.Contracts.Sessions;

/// <summary>A learner's answer to a live session: going, maybe or not going (changeable until it ends).</summary>
public enum RsvpAnswer
{
    Going = 1,
    Maybe = 2,
    NotGoing = 3,
}
