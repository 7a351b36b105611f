namespace RecoveryBot.Bot.Chat;

/// <summary>
/// <c>chat [--locale TAG] [--timezone IANA] [--state FILE]</c>. <see cref="Locale"/> is the hint sent with every
/// message (default none, as a client that sends no locale); <see cref="TimeZone"/> defaults to this machine's.
/// <see cref="StateFile"/>: an SQLite file that keeps the conversation between runs (default none: in memory).
/// </summary>
public sealed record ChatArguments(string? Locale, TimeZoneInfo TimeZone, string? StateFile = null)
{
    public const string Command = "chat";

    public const string Usage = "usage: RecoveryBot.Bot chat [--locale zh-CN|en-US] [--timezone Asia/Shanghai] [--state FILE]";

    public static bool IsChat(string[] args) => args is [Command, ..];

    /// <summary>Parses the arguments after <c>chat</c>; <see langword="null"/> with <paramref name="error"/> when they are wrong.</summary>
    public static ChatArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? locale = null;
        string? stateFile = null;
        var timeZone = TimeZoneInfo.Local;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var hasValue = i + 1 < args.Count;
            switch (args[i])
            {
                case "--locale" when hasValue:
                    locale = args[++i];
                    break;
                case "--state" when hasValue:
                    stateFile = args[++i];
                    break;
                case "--timezone" when hasValue:
                    if (!TimeZoneInfo.TryFindSystemTimeZoneById(args[++i], out var found))
                    {
                        error = $"unknown time zone '{args[i]}'";
                        return null;
                    }

                    timeZone = found;
                    break;
                default:
                    error = $"unexpected argument '{args[i]}'";
                    return null;
            }
        }

        return new ChatArguments(locale, timeZone, stateFile);
    }
}
