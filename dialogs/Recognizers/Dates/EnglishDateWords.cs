namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>The fixed English words of dates and times.</summary>
internal static class EnglishDateWords
{
    public static readonly EnglishPhraseList<(string Word, int Days, Daypart? Daypart)> RelativeDays = new(LongestFirst(
    [
        ("the day before yesterday", -2, null), ("day before yesterday", -2, null), ("the day after tomorrow", 2, null),
        ("day after tomorrow", 2, null), ("today", 0, null), ("tonight", 0, Daypart.Night), ("yesterday", -1, null),
        ("tomorrow", 1, null), ("otd", 0, null), ("tmrw", 1, null), ("tmr", 1, null), ("last night", -1, Daypart.Night), ("this morning", 0, Daypart.Forenoon),
        ("this afternoon", 0, Daypart.Afternoon), ("this evening", 0, Daypart.Evening), ("this night", 0, Daypart.Night),
        ("tomorrow night", 1, Daypart.Night), ("yesterday night", -1, Daypart.Night), ("today pm", 0, Daypart.Afternoon),
        ("today am", 0, Daypart.Forenoon), ("tomorrow am", 1, Daypart.Forenoon), ("tomorrow pm", 1, Daypart.Afternoon),
        ("next evening", 1, Daypart.Evening), ("next morning", 1, Daypart.Forenoon), ("the next day", 1, null), ("the day after", 1, null), ("the day before", -1, null), ("the day", 0, null),
    ]), w => w.Word);

    private static (string Word, int Days, Daypart? Daypart)[] LongestFirst((string Word, int Days, Daypart? Daypart)[] words) =>
        [.. words.OrderByDescending(w => w.Word.Length)];

    public static readonly EnglishPhraseList<(string Word, Daypart Daypart)> Dayparts = new(
    [
        ("in the night-time", Daypart.NightTime), ("in the nighttime", Daypart.NightTime), ("night-time", Daypart.NightTime),
        ("nighttime", Daypart.NightTime), ("at breakfast", Daypart.Breakfast), ("at lunchtime", Daypart.Lunch), ("at lunch", Daypart.Lunch),
        ("at dinnertime", Daypart.Dinner), ("at dinner", Daypart.Dinner), ("breakfast", Daypart.Breakfast), ("lunchtime", Daypart.Lunch),
        ("lunch time", Daypart.Lunch), ("lunch", Daypart.Lunch), ("dinnertime", Daypart.Dinner), ("dinner time", Daypart.Dinner),
        ("dinner", Daypart.Dinner),
        ("in the morning", Daypart.Forenoon), ("in the afternoon", Daypart.Afternoon), ("in the evening", Daypart.Evening),
        ("in the daytime", Daypart.Daytime), ("in morning", Daypart.Forenoon), ("at night", Daypart.Night),
        ("morning", Daypart.Forenoon), ("afternoon", Daypart.Afternoon), ("evening", Daypart.Evening), ("night", Daypart.Night),
        ("daytime", Daypart.Daytime),
    ], w => w.Word);

    /// <summary>A weekday word at <paramref name="i"/> ("monday", "fri"), as a number 1-7 from Monday.</summary>
    public static bool TryWeekdayWord(string s, int i, out int end, out int weekday)
    {
        foreach (var (word, day) in Weekdays.StartingAt(s, i))
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                weekday = day;
                return true;
            }
        }

        end = i;
        weekday = 0;
        return false;
    }

    /// <summary>Meals said bare ("dinner on me") are things, not times, unless a time word bounds them.</summary>
    public static readonly HashSet<string> BareMeals = ["breakfast", "lunch", "dinner"];

    public static readonly EnglishPhraseList<(string Word, int Weekday)> Weekdays = new(
    [
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
        ("mon", 1), ("tues", 2), ("tue", 2), ("wed", 3), ("thurs", 4), ("thur", 4), ("thu", 4), ("fri", 5), ("sat", 6), ("sun", 7),
    ], w => w.Word);

    public static readonly EnglishPhraseList<(string Word, int Month)> Months = new(
    [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3),
        ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ], w => w.Word);

    public static readonly EnglishPhraseList<(string Word, string Timex)> NowWords = new(
    [
        ("just now", "PAST_REF"), ("right now", "PRESENT_REF"), ("at the moment", "PRESENT_REF"), ("at the minute", "PRESENT_REF"), ("now", "PRESENT_REF"), ("recently", "PAST_REF"),
    ], w => w.Word);

    public static readonly EnglishPhraseList<(string Word, int Weeks)> WeekPrefixes = new(
    [
        ("this upcoming", 0), ("this coming", 0), ("last", -1), ("this", 0), ("next", 1), ("coming", 0), ("previous", -1), ("upcoming", 0),
        ("following", 1),
    ], w => w.Word);
}
