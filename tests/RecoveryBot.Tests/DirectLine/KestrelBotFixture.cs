namespace RecoveryBot.Tests.DirectLine;

/// <summary>One real bot (the recovery conversation itself) on a loopback port, shared by the tests of a class; each test holds its own conversation.</summary>
public sealed class KestrelBotFixture : IAsyncLifetime
{
    internal DirectLineApp App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App = new DirectLineApp(kestrel: true, realConversation: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
