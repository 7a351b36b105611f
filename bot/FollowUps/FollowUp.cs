using System.Security.Cryptography;
using System.Text;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>
/// One scheduled follow-up: the conversation's state key, the step it is about, when it is due (UTC) and where to
/// send it. <see cref="Attempts"/> counts the claims so far. The id is derived from the conversation, the step and
/// the due time, so scheduling the same follow-up twice keeps one.
/// </summary>
public sealed record FollowUp(string Id, string StateKey, string StepId, DateTimeOffset Due, ConversationAddress Address)
{
    public int Attempts { get; init; }

    public static FollowUp Plan(string stateKey, PlannedFollowUp planned, ConversationAddress address)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var due = planned.Due.ToUniversalTime();
        return new FollowUp($"{stateKey}|{planned.StepId}|{due.ToUnixTimeSeconds()}", stateKey, planned.StepId, due, address);
    }

    /// <summary>
    /// The id of the <paramref name="index"/>th activity this follow-up sends: the same on every attempt, so a
    /// channel (the self-hosted Direct Line does) can tell a re-delivery after a crash from a new message.
    /// </summary>
    public string ActivityId(int index)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Id)))[..32];
        return index == 0 ? "followup-" + hash : $"followup-{hash}-{index}";
    }
}
