using System.Security.Cryptography;
using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// The Direct Line channel between clients and the bot, in process: creates conversations, runs the bot's
/// welcome once when one starts, and for each posted activity stores the user's copy (the echo Web Chat waits
/// for), runs the turn with <c>expectReplies</c> and stores the bot's replies after it. Nothing goes over HTTP to
/// the activity's <c>serviceUrl</c>. The posts of one conversation are handled one at a time, so each echo is
/// followed by its own replies. Conversation updates are given to the bot, never to clients.
/// </summary>
public sealed class DirectLineChannel(
    IDirectLineStore store,
    ActivityProcessor processor,
    KeyedAsyncLock locks,
    TimeProvider timeProvider,
    ILogger<DirectLineChannel> logger)
{
    /// <summary>The bot as Direct Line clients see it.</summary>
    public static ChannelAccount Bot { get; } = new() { Id = "recoverybot", Name = "RecoveryBot", Role = "bot" };

    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new conversation for <paramref name="userId"/> (a fresh <c>dl_…</c> id when none is given).</summary>
    public async Task<DirectLineConversation> CreateAsync(string? userId, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrEmpty(userId) ? "dl_" + RandomNumberGenerator.GetString(IdAlphabet, 16) : userId;
        while (true)
        {
            // Ids use letters and digits only: directlinejs puts them into URLs unescaped.
            var conversation = new DirectLineConversation(RandomNumberGenerator.GetString(IdAlphabet, 24), user);
            if (await store.CreateAsync(conversation, cancellationToken))
            {
                return conversation;
            }
        }
    }

    /// <summary>
    /// Starts the conversation if nobody has: the bot gets a conversationUpdate adding itself and the user, and
    /// its welcome goes into the log. <see langword="true"/> when this call started it.
    /// </summary>
    public async Task<bool> StartAsync(DirectLineConversation conversation, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        using var conversationLock = await locks.AcquireAsync(LockKey(conversation.Id), cancellationToken);
        return await StartLockedAsync(conversation, locale, serviceUrl, cancellationToken);
    }

    /// <summary>
    /// Handles an activity the client posted; returns the id it was stored under, or <see langword="null"/> when
    /// the conversation is gone. Typing and conversation updates are acknowledged but neither stored nor given to
    /// the bot.
    /// </summary>
    public async Task<string?> PostAsync(DirectLineConversation conversation, Activity posted, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(posted);
        using var conversationLock = await locks.AcquireAsync(LockKey(conversation.Id), cancellationToken);
        await StartLockedAsync(conversation, posted.Locale, serviceUrl, cancellationToken);
        if (TurnInputMapper.Is(posted, ActivityTypes.Typing) || TurnInputMapper.Is(posted, ActivityTypes.ConversationUpdate))
        {
            return $"{conversation.Id}|{RandomNumberGenerator.GetString(IdAlphabet, 8)}";
        }

        var fromUser = posted with
        {
            Id = null,
            Timestamp = null,
            ChannelId = Channels.DirectLine,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            // The token decides who is speaking, whatever the client wrote.
            From = (posted.From ?? new ChannelAccount()) with { Id = conversation.UserId, Role = "user", AadObjectId = null },
            Recipient = Bot,
            CallerId = null,
        };
        var stored = await store.AppendAsync(conversation.Id, [fromUser], cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var echo = stored[0];
        var (replies, erased) = await RunTurnAsync(echo with { DeliveryMode = DeliveryModes.ExpectReplies });
        if (erased)
        {
            // The user asked for their data to be erased: the transcript goes too, all but the confirmation.
            await store.EraseActivitiesAsync(conversation.Id, CancellationToken.None);
        }

        if (replies.Count > 0)
        {
            await store.AppendAsync(conversation.Id, replies, CancellationToken.None);
        }

        return echo.Id;
    }

    /// <summary>The lock that keeps one conversation's posts (and the bot's follow-ups to it) in order.</summary>
    internal static string LockKey(string conversationId) => "directline-channel/" + conversationId;

    private async Task<bool> StartLockedAsync(DirectLineConversation conversation, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        if (!await store.TryStartAsync(conversation.Id, cancellationToken))
        {
            return false;
        }

        var user = new ChannelAccount { Id = conversation.UserId, Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = Channels.DirectLine,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = user,
            Recipient = Bot,
            MembersAdded = [Bot, user],
            Locale = locale,
            Timestamp = timeProvider.GetUtcNow(),
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        var (welcome, _) = await RunTurnAsync(update);
        if (welcome.Count > 0)
        {
            await store.AppendAsync(conversation.Id, welcome, CancellationToken.None);
        }

        DirectLineLog.ConversationStarted(logger, conversation.Id, welcome.Count);
        return true;
    }

    /// <summary>
    /// The bot's replies to <paramref name="inbound"/>, without debugging traces (only the Emulator shows those).
    /// </summary>
    private async Task<(IReadOnlyList<Activity> Replies, bool StateErased)> RunTurnAsync(Activity inbound)
    {
        // The turn is not cut short when the client hangs up: its state must be saved and its replies kept.
        var result = await processor.ProcessAsync(inbound, CancellationToken.None, FollowUpRoute.DirectLine);
        IReadOnlyList<Activity> replies =
        [
            .. (result.Body?.Activities ?? [])
                .Where(reply => !TurnInputMapper.Is(reply, ActivityTypes.Trace)),
        ];
        return (replies, result.StateErased);
    }
}
