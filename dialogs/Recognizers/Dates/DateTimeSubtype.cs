namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>The datetimeV2 subtypes; the lower-case name follows "datetimeV2." in the type name.</summary>
internal enum DateTimeSubtype
{
    Date,
    Time,
    DateTime,
    DateRange,
    TimeRange,
    DateTimeRange,
    Duration,
    Set,
}

internal static class DateTimeSubtypeExtensions
{
    public static string Name(this DateTimeSubtype kind) => kind switch
    {
        DateTimeSubtype.Date => "date",
        DateTimeSubtype.Time => "time",
        DateTimeSubtype.DateTime => "datetime",
        DateTimeSubtype.DateRange => "daterange",
        DateTimeSubtype.TimeRange => "timerange",
        DateTimeSubtype.DateTimeRange => "datetimerange",
        DateTimeSubtype.Duration => "duration",
        _ => "set",
    };

    public static string TypeName(this DateTimeSubtype kind) => "datetimeV2." + kind.Name();
}
