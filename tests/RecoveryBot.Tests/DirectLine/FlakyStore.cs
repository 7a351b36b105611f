using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>A store that works until told to fail (as a shared store does when its server is down).</summary>
internal sealed class FlakyStore(IDirectLineStore inner) : IDirectLineStore
{
    public bool FailReads { get; set; }

    /// <summary>A bot whose Direct Line store is a <see cref="FlakyStore"/>; <paramref name="store"/> gives it once the app has made it.</summary>
    public static DirectLineApp App(out Func<FlakyStore> store)
    {
        FlakyStore? created = null;
        store = () => created ?? throw new InvalidOperationException("The store is made with the app's first request.");
        return new DirectLineApp(services: collection => collection.Replace(ServiceDescriptor.Singleton<IDirectLineStore>(provider =>
            created = new FlakyStore(new InMemoryDirectLineStore(
                provider.GetRequiredService<IOptions<DirectLineOptions>>(),
                provider.GetRequiredService<TimeProvider>(),
                NullLogger<InMemoryDirectLineStore>.Instance)))));
    }

    public bool FailAppends { get; set; }

    public Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken) => inner.CreateAsync(conversation, cancellationToken);

    public Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken) => inner.GetAsync(conversationId, cancellationToken);

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) => inner.TryStartAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<Activity>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        FailAppends ? throw new IOException("store unreachable") : inner.AppendAsync(conversationId, activities, cancellationToken);

    public Task<ActivityPage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        FailReads ? throw new IOException("store unreachable") : inner.ReadAsync(conversationId, watermark, cancellationToken);

    public Task EraseActivitiesAsync(string conversationId, CancellationToken cancellationToken) => inner.EraseActivitiesAsync(conversationId, cancellationToken);

    public IDisposable Subscribe(string conversationId, Action appended) => inner.Subscribe(conversationId, appended);
}
