using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;

namespace RecoveryBot.Bot.Page;

/// <summary>
/// The chat page's files as the build put them beside the binary (<c>web/</c>): the page itself and the Web Chat
/// bundle copied from <c>web/node_modules</c>. Each is read and gzipped once, on first use; the bundle is about
/// 4 MB and a quarter of that gzipped, which matters on slow mobile links.
/// </summary>
public sealed class ChatPageAssets(string root)
{
    public const string BundleFile = "webchat.js";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["chat.js"] = "text/javascript; charset=utf-8",
        ["chat.css"] = "text/css; charset=utf-8",
        [BundleFile] = "text/javascript; charset=utf-8",
    };

    private readonly ConcurrentDictionary<string, Lazy<ChatPageAsset>> _loaded = new(StringComparer.Ordinal);

    /// <summary>The folder the files are read from.</summary>
    public string Root { get; } = root;

    /// <summary>The page's files as the build lays them out: <c>web/</c> beside the bot's binary.</summary>
    public static ChatPageAssets BesideBinary() => new(Path.Combine(AppContext.BaseDirectory, "web"));

    public bool Exists(string fileName) => ContentTypes.ContainsKey(fileName) && File.Exists(Path.Combine(Root, fileName));

    /// <summary>The file, or <see langword="null"/> when it is not one of the page's or is missing on disk.</summary>
    public ChatPageAsset? Get(string fileName)
    {
        if (!Exists(fileName))
        {
            return null;
        }

        return _loaded.GetOrAdd(fileName, name => new Lazy<ChatPageAsset>(() => Load(name))).Value;
    }

    private ChatPageAsset Load(string fileName)
    {
        var content = File.ReadAllBytes(Path.Combine(Root, fileName));
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"";
        return new ChatPageAsset(ContentTypes[fileName], content, gzipped.ToArray(), etag);
    }
}
