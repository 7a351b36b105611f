using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Two days of one month named after both: "between 3 and 12 of sept", "9 to 12 of june", "between ninth and
/// seventeenth of april 2020". A month without a year keeps its past and future reading.
/// </summary>
internal static class EnglishDayRangeInMonth
{
    private static readonly string[] Connectors = ["through", "until", "till", "to", "-", "and"];

    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        var between = EnglishText.WordAt(s, i, "between", out var openerEnd);
        var j = between || EnglishText.WordAt(s, i, "from", out openerEnd) ? EnglishText.SkipSpaces(s, openerEnd) : i;
        if (!EnglishDateParser.TryDayNumber(s, j, false, out var firstEnd, out var firstDay))
        {
            return null;
        }

        var k = EnglishText.SkipSpaces(s, firstEnd);
        var connectorEnd = -1;
        foreach (var connector in Connectors)
        {
            if ((connector == "-" && k < s.Length && s[k] == '-') || (connector != "-" && EnglishText.WordAt(s, k, connector, out connectorEnd)))
            {
                if (connector == "and" && !between)
                {
                    return null;
                }

                connectorEnd = connector == "-" ? k + 1 : connectorEnd;
                break;
            }
        }

        if (connectorEnd < 0 || !EnglishDateParser.TryDayNumber(s, EnglishText.SkipSpaces(s, connectorEnd), false, out var secondEnd, out var secondDay) || secondDay <= firstDay)
        {
            return null;
        }

        var m = EnglishText.SkipSpaces(s, secondEnd);
        if (EnglishText.WordAt(s, m, "of", out var ofEnd))
        {
            m = EnglishText.SkipSpaces(s, ofEnd);
        }

        if (!EnglishDateParser.TryMonth(s, m, out var end, out var month))
        {
            return null;
        }

        int? year = null;
        var y = EnglishText.SkipSpaces(s, end);
        if (y < s.Length && char.IsAsciiDigit(s[y]) && EnglishPeriodParser.TryYearDigits(s, y, out var yearEnd, out var saidYear) && yearEnd - y == 4)
        {
            year = saidYear;
            end = yearEnd;
        }

        var starts = new DateFields(year, month, firstDay).Resolve(DateOnly.FromDateTime(reference));
        if (!starts.IsResolved)
        {
            return null;
        }

        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var start in starts.Days)
        {
            if (!CalendarMath.IsValid(start.Year, month, secondDay))
            {
                return null;
            }

            var last = new DateOnly(start.Year, month, secondDay);
            var length = string.Create(CultureInfo.InvariantCulture, $"P{last.DayNumber - start.DayNumber}D");
            var timex = year is null
                ? string.Create(CultureInfo.InvariantCulture, $"(XXXX-{month:00}-{firstDay:00},XXXX-{month:00}-{secondDay:00},{length})")
                : Timex.Range(start, last, length);
            values.Add(new DateTimeValue(timex, Start: EntityBuilder.Midnight(start), End: EntityBuilder.Midnight(last)));
            readings.Add(new Reading(EntityBuilder.Midnight(start), EntityBuilder.Midnight(last), false));
        }

        return new DateTimeEntity(TextSpan.FromBounds(i, end), DateTimeSubtype.DateRange, values, readings);
    }
}
