namespace RecoveryBot.Bot.Auth;

/// <summary>Reads <c>Authorization: Bearer &lt;token&gt;</c>: the scheme exactly, one space, a non-empty token.</summary>
public static class BearerHeader
{
    private const string Scheme = "Bearer ";

    public static bool TryGetToken(string? header, out string token)
    {
        token = "";
        if (header is null || !header.StartsWith(Scheme, StringComparison.Ordinal) || header.Length == Scheme.Length)
        {
            return false;
        }

        token = header[Scheme.Length..];
        return !token.Any(char.IsWhiteSpace);
    }
}
