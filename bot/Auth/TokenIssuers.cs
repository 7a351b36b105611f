namespace RecoveryBot.Bot.Auth;

/// <summary>
/// Issuers whose tokens go down the Emulator path (protocol note §3.3): the Bot Framework's own Azure AD
/// tenants in their v1 and v2 forms, and, when <c>MicrosoftAppTenantId</c> is set, that tenant's (a
/// single-tenant bot's Emulator tokens come from its own tenant). Public cloud only.
/// </summary>
public static class TokenIssuers
{
    private static readonly string[] BotFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
    ];

    public static IReadOnlyList<string> Emulator(string? tenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(tenantId) ? BotFrameworkTenants : [.. BotFrameworkTenants, tenantId.Trim()];
        return [.. tenants.SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })];
    }
}
