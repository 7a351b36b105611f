namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// "Now" as the user sees it. The offset comes from the activity's <c>localTimestamp</c> when present,
/// else from what the conversation last saw, else from the IANA <c>localTimezone</c>, else Asia/Shanghai.
/// </summary>
internal sealed record UserClock(DateTimeOffset UtcNow, TimeSpan Offset)
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    private static readonly TimeSpan ChinaStandardOffset = TimeSpan.FromHours(8);

    public DateTimeOffset LocalNow => UtcNow.ToOffset(Offset);

    /// <summary>The user's wall-clock time, the reference for relative expressions ("三个小时前").</summary>
    public DateTime LocalWallClock => DateTime.SpecifyKind(LocalNow.DateTime, DateTimeKind.Unspecified);

    public DateTimeOffset FromWallClock(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset);

    public DateTimeOffset ToLocal(DateTimeOffset moment) => moment.ToOffset(Offset);

    public static UserClock Resolve(DateTimeOffset utcNow, DateTimeOffset? localTimestamp, int? storedOffsetMinutes, string? timeZone)
    {
        if (localTimestamp is { } stamp)
        {
            return new UserClock(utcNow, stamp.Offset);
        }

        if (storedOffsetMinutes is { } minutes)
        {
            return new UserClock(utcNow, TimeSpan.FromMinutes(minutes));
        }

        return new UserClock(utcNow, OffsetOf(timeZone, utcNow));
    }

    private static TimeSpan OffsetOf(string? timeZone, DateTimeOffset utcNow)
    {
        var id = string.IsNullOrWhiteSpace(timeZone) ? DefaultTimeZone : timeZone;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone.GetUtcOffset(utcNow);
        }

        // China has one zone and no daylight saving, so a machine without tzdata still gets it right.
        return ChinaStandardOffset;
    }
}
