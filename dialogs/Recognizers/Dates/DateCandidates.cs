namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The day(s) a date expression can mean, with its timex. Expressions without a year or week (29日, 11月20日, 周三)
/// have a past and a future candidate; the bot takes the past one.
/// </summary>
internal sealed record DateCandidates(string Timex, IReadOnlyList<DateOnly> Days)
{
    public static DateCandidates Single(DateOnly day) => new(Dates.Timex.Date(day), [day]);

    /// <summary>Most recent on/before the reference day, then the next on/after it (as upstream lists them).</summary>
    public static DateCandidates PastAndFuture(string timex, DateOnly past, DateOnly future) => new(timex, [past, future]);
}
