namespace RecoveryBot.Bot.Auth;

/// <summary>
/// The bot's Azure identity, under the SDK's top-level configuration keys (<c>MicrosoftAppId</c>, …), and
/// the SDK's endpoint overrides (protocol note §3.4), which also let tests point the bot at an identity
/// provider of their own on loopback. All identity keys are empty by default, which means anonymous mode.
/// </summary>
public sealed class BotIdentityOptions
{
    public const string DefaultChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string DefaultChannelTokenIssuer = "https://api.botframework.com";
    public const string DefaultOAuthScope = "https://api.botframework.com";
    public const string MultiTenantAuthority = "botframework.com";

    /// <summary>The bot's app id; empty (the default) turns authentication off in both directions.</summary>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>
    /// Client secret for outbound tokens. Without it (MultiTenant) inbound tokens are still checked, but the bot
    /// cannot get a token for Connector calls: only <c>expectReplies</c> answers reach anyone. A warning says so.
    /// </summary>
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>The app's tenant: required for <c>SingleTenant</c>; also adds that tenant's Emulator token issuers.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary><c>MultiTenant</c> (default when empty) or <c>SingleTenant</c>. <c>UserAssignedMSI</c> is refused at start-up.</summary>
    public string MicrosoftAppType { get; set; } = "";

    /// <summary>OpenID metadata whose keys sign Azure Bot Service channel tokens.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = DefaultChannelOpenIdMetadataUrl;

    /// <summary>OpenID metadata whose keys sign Emulator (Azure AD) tokens.</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>The <c>iss</c> of channel tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = DefaultChannelTokenIssuer;

    /// <summary>
    /// Authority for the bot's own token; its token endpoint is this plus <c>/oauth2/v2.0/token</c>. Empty (the
    /// default): <c>https://login.microsoftonline.com/</c> and the tenant (SingleTenant) or <c>botframework.com</c>.
    /// </summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "";

    /// <summary>Resource of the bot's own token; <c>/.default</c> is appended for the scope.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = DefaultOAuthScope;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool CanRequestTokens => !IsAnonymous && !string.IsNullOrWhiteSpace(MicrosoftAppPassword);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType.Trim(), "SingleTenant", StringComparison.OrdinalIgnoreCase);

    /// <summary>What the start-up log calls the app type.</summary>
    public string AppTypeName => IsSingleTenant ? "SingleTenant" : "MultiTenant";

    public Uri TokenEndpoint
    {
        get
        {
            var authority = string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl)
                ? "https://login.microsoftonline.com/" + (IsSingleTenant ? MicrosoftAppTenantId.Trim() : MultiTenantAuthority)
                : ToChannelFromBotLoginUrl.Trim();
            return new Uri(authority.TrimEnd('/') + "/oauth2/v2.0/token");
        }
    }

    public string OAuthScope => ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";

    /// <summary>Why this configuration cannot run, or <see langword="null"/>; checked at start-up.</summary>
    public string? Problem()
    {
        var appType = MicrosoftAppType.Trim();
        if (appType.Length > 0 && !appType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) && !IsSingleTenant)
        {
            return appType.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase)
                ? "MicrosoftAppType 'UserAssignedMSI' is not supported: use SingleTenant or MultiTenant with MicrosoftAppPassword."
                : $"MicrosoftAppType must be MultiTenant or SingleTenant, not '{appType}'.";
        }

        if (IsAnonymous)
        {
            return IsSingleTenant ? "MicrosoftAppType SingleTenant needs MicrosoftAppId." : null;
        }

        if (IsSingleTenant && (string.IsNullOrWhiteSpace(MicrosoftAppTenantId) || string.IsNullOrWhiteSpace(MicrosoftAppPassword)))
        {
            return "MicrosoftAppType SingleTenant needs MicrosoftAppTenantId and MicrosoftAppPassword.";
        }

        foreach (var (key, value) in new[]
        {
            (nameof(ToBotFromChannelOpenIdMetadataUrl), ToBotFromChannelOpenIdMetadataUrl),
            (nameof(ToBotFromEmulatorOpenIdMetadataUrl), ToBotFromEmulatorOpenIdMetadataUrl),
            (nameof(ToChannelFromBotLoginUrl), TokenEndpoint.AbsoluteUri),
        })
        {
            if (!TrustedUrls.IsHttpsOrLoopback(value))
            {
                return $"{key} must be an https URL (plain http only on loopback, for tests).";
            }
        }

        return string.IsNullOrWhiteSpace(ToBotFromChannelTokenIssuer) ? "ToBotFromChannelTokenIssuer must not be empty." : null;
    }
}
