namespace RecoveryBot.Bot.Auth;

/// <summary>
/// The bot's Azure identity, under the SDK's top-level configuration keys (<c>MicrosoftAppId</c>, …).
/// All empty by default, which means anonymous mode.
/// </summary>
public sealed class BotIdentityOptions
{
    /// <summary>The bot's app id; empty (the default) turns inbound authentication off.</summary>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>Client secret for outbound tokens. Default empty.</summary>
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>Tenant of a single-tenant bot. Default empty.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>. Default empty.</summary>
    public string MicrosoftAppType { get; set; } = "";

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
