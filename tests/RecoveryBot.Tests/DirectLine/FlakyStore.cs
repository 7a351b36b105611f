using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>A store that works until told to fail (as a shared store does when its server is down).</summary>
internal sealed class FlakyStore(IDirectLineStore inner) : IDirectLineStore
{
    public bool FailReads { get; set; }

    public bool FailAppends { get; set; }

    public Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken) => inner.CreateAsync(conversation, cancellationToken);

    public Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken) => inner.GetAsync(conversationId, cancellationToken);

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) => inner.TryStartAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<Activity>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        FailAppends ? throw new IOException("store unreachable") : inner.AppendAsync(conversationId, activities, cancellationToken);

    public Task<ActivityPage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        FailReads ? throw new IOException("store unreachable") : inner.ReadAsync(conversationId, watermark, cancellationToken);

    public IDisposable Subscribe(string conversationId, Action appended) => inner.Subscribe(conversationId, appended);
}
