namespace RecoveryBot.Bot.Auth;

/// <summary>Anonymous mode: replies carry no Authorization header, as the SDK sends them without an app id.</summary>
public sealed class NoConnectorToken : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public void Invalidate()
    {
    }
}
