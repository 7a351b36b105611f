namespace RecoveryBot.Bot.Auth;

/// <summary>The bearer token the bot attaches to its Connector calls, if it has an identity.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>The token, or <see langword="null"/> when the bot runs without an app id (no header at all).</summary>
    /// <exception cref="HttpRequestException">The token endpoint refused or could not be reached.</exception>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>The Connector refused the token: the next call fetches a new one.</summary>
    void Invalidate();
}
