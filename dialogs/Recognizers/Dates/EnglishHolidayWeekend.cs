using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The weekend that goes with a holiday: "labor day weekend", "halloween weekend 2021", "the weekend of halloween". A
/// Monday holiday belongs to the weekend before it, a Friday one to the weekend after.
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

        // The most recent one when the year is not said, as the bot reads a past event.
        var saturday = SaturdayOf(holiday.Days[0]);
        var sunday = saturday.AddDays(1);
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(EntityBuilder.Midnight(sunday)):0000}-W{ISOWeek.GetWeekOfYear(EntityBuilder.Midnight(sunday)):00}-WE");
        return EntityBuilder.Period(TextSpan.FromBounds(i, end), [(week, saturday, saturday.AddDays(2))]);
    }

    private static DateOnly SaturdayOf(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => day.AddDays(-2),
        DayOfWeek.Friday => day.AddDays(1),
        DayOfWeek.Sunday => day.AddDays(-1),
        _ => CalendarMath.MondayOf(day).AddDays(5),
    };
}
