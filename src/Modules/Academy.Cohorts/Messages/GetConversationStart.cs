using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>
/// What the form to start a conversation needs: the people chosen (<see cref="ToUserIds"/>), whether the first message
/// will be a message request, and the people the writer may write to freely, to choose from (their connections and
/// their cohorts' instructors). Someone who shares no cohort with the writer is not found.
/// </summary>
public sealed record GetConversationStart(IReadOnlyList<string> ToUserIds) : IRequest<ConversationStart>;

/// <param name="IsRequest">Writing to one person the writer may not yet write to freely: the first message asks to talk.</param>
public sealed record ConversationStart(IReadOnlyList<ConversationPerson> To, bool IsRequest, IReadOnlyList<ConversationPerson> Choices);

internal sealed class GetConversationStartHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetConversationStart, ConversationStart>
{
    public async Task<ConversationStart> Handle(GetConversationStart request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var to = request.ToUserIds.Where(userId => userId != me).Distinct().Take(Domain.Conversation.MaximumMembers).ToList();
        var people = to.Count == 0 ? [] : (await Correspondents.LoadAsync(data, me, to, cancellationToken)).People;
        if (people.FirstOrDefault(person => !person.SharesCohort) is { } stranger)
        {
            throw new NotFoundException($"{stranger.UserId} shares no cohort with {me}.");
        }

        var connected = data.Connections.Where(c => c.FirstUserId == me || c.SecondUserId == me)
            .Select(c => c.FirstUserId == me ? c.SecondUserId : c.FirstUserId);
        var myCohorts = data.CohortMembers.Where(member => member.UserId == me).Select(member => member.CohortId);
        var choices = await data.CohortMembers.AsNoTracking()
            .Where(member => member.UserId != me && (connected.Contains(member.UserId) || (member.Role == CohortRole.Instructor && myCohorts.Contains(member.CohortId))))
            .Select(member => new { member.UserId, member.DisplayName })
            .ToListAsync(cancellationToken);
        return new ConversationStart(
            people.Select(person => new ConversationPerson(person.UserId, person.Name)).ToList(),
            people is [{ WritesFreely: false }],
            choices.DistinctBy(choice => choice.UserId).OrderBy(choice => choice.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                .Select(choice => new ConversationPerson(choice.UserId, choice.DisplayName)).ToList());
    }
}
