namespace RecoveryBot.Dialogs.Recognizers.Policy;

/// <summary>
/// When the user says the money was sent, in their local wall-clock time. <see cref="End"/> is exclusive: a precise
/// moment lasts one minute, "九点多" covers [21:00, 22:00), a bare date (前天, last Friday) the whole day with
/// <see cref="HasTimeOfDay"/> false. <see cref="Span"/> is the text it was read from.
/// <see cref="Likely"/>: for an approximate moment ("两三个小时前", "about 6 hours ago"), the moment most likely meant.
/// <see cref="NamesOnlyTimeOfDay"/>: the words name a time of day and no day ("晚上8点", "around 3pm"), so they were put on
/// the reference day (or the day before).
/// </summary>
public sealed record TimeReading(DateTime Start, DateTime End, bool HasTimeOfDay, TextSpan Span)
{
    public DateTime? Likely { get; init; }

    public bool NamesOnlyTimeOfDay { get; init; }


    public bool IsPoint => End - Start <= TimeSpan.FromMinutes(1);
}
