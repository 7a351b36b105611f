using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The weekend that goes with a holiday: "labor day weekend", "halloween weekend 2021", "the weekend of halloween". A
/// Monday holiday belongs to the weekend before it, a Friday one to the weekend after, and the weekend runs through it.
/// </summary>
internal static class EnglishHolidayWeekend
{
    public static DateTimeEntity? Match(string s, int i, DateOnly today)
    {
        int end;
        DateCandidates holiday;
        if (EnglishText.WordAt(s, i, "the weekend of", out var ofEnd))
        {
            if (!EnglishHolidays.TryParse(s, EnglishText.SkipSpaces(s, ofEnd), today, out end, out holiday))
            {
                return null;
            }
        }
        else if (EnglishHolidays.TryName(s, i, out var nameEnd, out var rule) && EnglishText.WordAt(s, EnglishText.SkipSpaces(s, nameEnd), "weekend", out end))
        {
            var y = EnglishText.SkipSpaces(s, end);
            if (EnglishPeriodParser.TryYearDigits(s, y, out var yearEnd, out var year))
            {
                end = yearEnd;
                holiday = DateCandidates.Single(rule.In(year));
            }
            else if (!EnglishHolidays.TryParse(s, i, today, out _, out holiday))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        if (!holiday.IsResolved)
        {
            return null;
        }

        // As the holiday: one weekend when the year is said, else the last and the next one. A long weekend takes in its holiday.
        var weekends = new List<(string Timex, DateOnly Start, DateOnly End)>(holiday.Days.Count);
        foreach (var day in holiday.Days)
        {
            var saturday = SaturdayOf(day);
            var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(EntityBuilder.Midnight(saturday)):0000}-W{ISOWeek.GetWeekOfYear(EntityBuilder.Midnight(saturday)):00}-WE");
            var start = day < saturday ? day : saturday;
            var stop = day.AddDays(1) > saturday.AddDays(2) ? day.AddDays(1) : saturday.AddDays(2);
            weekends.Add((week, start, stop));
        }

        return EntityBuilder.Period(TextSpan.FromBounds(i, end), weekends);
    }

    private static DateOnly SaturdayOf(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => day.AddDays(-2),
        DayOfWeek.Friday => day.AddDays(1),
        DayOfWeek.Sunday => day.AddDays(-1),
        _ => CalendarMath.MondayOf(day).AddDays(5),
    };
}
