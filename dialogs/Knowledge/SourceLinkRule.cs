namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// One entry of knowledge/source-links.yaml: addresses on <see cref="Host"/> (or a subdomain), starting with
/// <see cref="Path"/> when given, except those starting with one of <see cref="Except"/> (host + path), may be
/// shown to a user as links.
/// </summary>
public sealed record SourceLinkRule(string Host, string? Path, IReadOnlyList<string> Except)
{
    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.IdnHost;
        var onHost = host.Equals(Host, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + Host, StringComparison.OrdinalIgnoreCase);
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        var address = host + path;
        return onHost
            && (Path is null || path.StartsWith(Path, StringComparison.Ordinal))
            && !Except.Any(prefix => address.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
