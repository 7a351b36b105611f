namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The day(s) a date expression can mean, with its timex. Expressions without a year or week (29日, 11月20日, 周三)
/// have a past and a future candidate; the bot takes the past one. No days: the date does not exist (2月30日).
/// </summary>
internal sealed record DateCandidates(string Timex, IReadOnlyList<DateOnly> Days)
{
    public bool IsResolved => Days.Count > 0;

    public static DateCandidates Single(DateOnly day) => new(Dates.Timex.Date(day), [day]);

    /// <summary>Most recent on/before the reference day, then the next on/after it (as upstream lists them).</summary>
    public static DateCandidates PastAndFuture(string timex, DateOnly past, DateOnly future) => new(timex, [past, future]);

    public static DateCandidates Unresolved(string timex) => new(timex, []);
}
