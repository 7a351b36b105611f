namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// The user's night, 22:00 to 08:00 in their time zone: a follow-up that falls into it is moved to 08:00.
/// The zone is the IANA name the client sent (daylight saving included), else the last UTC offset seen,
/// else Asia/Shanghai.
/// </summary>
internal sealed class QuietHours
{
    private static readonly TimeSpan NightStarts = TimeSpan.FromHours(22);
    private static readonly TimeSpan MorningStarts = TimeSpan.FromHours(8);

    private readonly TimeZoneInfo? _zone;
    private readonly TimeSpan _fixedOffset;

    private QuietHours(TimeZoneInfo? zone, TimeSpan fixedOffset)
    {
        _zone = zone;
        _fixedOffset = fixedOffset;
    }

    public static QuietHours For(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.TimeZone is { Length: > 0 } name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return new QuietHours(zone, TimeSpan.Zero);
        }

        if (state.UtcOffsetMinutes is { } minutes)
        {
            return new QuietHours(null, TimeSpan.FromMinutes(minutes));
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(UserClock.DefaultTimeZone, out var china)
            ? new QuietHours(china, TimeSpan.Zero)
            : new QuietHours(null, TimeSpan.FromHours(8));
    }

    /// <summary><paramref name="moment"/>, or the next 08:00 local time when it falls in the night.</summary>
    public DateTimeOffset OutOfNight(DateTimeOffset moment)
    {
        var local = ToLocal(moment);
        var time = local.TimeOfDay;
        if (time >= MorningStarts && time < NightStarts)
        {
            return moment;
        }

        var morningDay = time >= NightStarts ? local.Date.AddDays(1) : local.Date;
        var morning = DateTime.SpecifyKind(morningDay + MorningStarts, DateTimeKind.Unspecified);
        var offset = _zone?.GetUtcOffset(morning) ?? _fixedOffset;
        return new DateTimeOffset(morning, offset);
    }

    private DateTimeOffset ToLocal(DateTimeOffset moment) =>
        _zone is null ? moment.ToOffset(_fixedOffset) : TimeZoneInfo.ConvertTime(moment, _zone);
}
