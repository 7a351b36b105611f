namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The stretch of local time one reading of an entity covers, by the bot's conventions (CONTRACT §3 dayparts;
/// bare times anchored on the reference day or the day before). <see cref="End"/> is exclusive; a point lasts a minute.
/// <see cref="Likely"/> is set when the words name an approximate moment inside the stretch ("三四个钟头前", "about 6 hours
/// ago"): the moment the user most likely means.
/// </summary>
internal readonly record struct Reading(DateTime Start, DateTime End, bool HasTimeOfDay)
{
    public DateTime? Likely { get; init; }


    public static Reading Point(DateTime at) => new(at, at.AddMinutes(1), true);

    public static Reading Day(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), day.AddDays(1).ToDateTime(TimeOnly.MinValue), false);
}
