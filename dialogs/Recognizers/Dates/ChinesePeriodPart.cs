using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>A part of a year or a month: 的第一周 (the first week), 的最后3周 (the last three weeks), 的前10天 (the first ten days).</summary>
internal static class ChinesePeriodPart
{
    public static bool TryApply(string s, int i, PeriodGrain grain, List<(string Timex, DateOnly Start, DateOnly End)> periods, out int end, out List<(string Timex, DateOnly Start, DateOnly End)> parts)
    {
        end = i;
        parts = [];
        var j = Skip(s, i);
        if (ChineseDateWords.StartsWith(s, j, "的"))
        {
            j = Skip(s, j + 1);
        }

        if (j == i && !ChineseDateWords.StartsWith(s, j, "最后") && !ChineseDateWords.StartsWith(s, j, "最後"))
        {
            return false;
        }

        if (ChineseDateWords.StartsWith(s, j, "第") && ChineseSmallNumber.TryRead(s, j + 1, out var ordinalEnd, out var ordinal) && ordinal is >= 1 and <= 5
            && (ChineseDateWords.StartsWith(s, ordinalEnd, "周") || ChineseDateWords.StartsWith(s, ordinalEnd, "週") || ChineseDateWords.StartsWith(s, ordinalEnd, "个星期")))
        {
            end = ordinalEnd + (s[ordinalEnd] == '个' ? 3 : 1);
            foreach (var (timex, start, _) in periods)
            {
                if (grain == PeriodGrain.Year && ordinal > ISOWeek.GetWeeksInYear(start.Year))
                {
                    return false;
                }

                var monday = grain == PeriodGrain.Year
                    ? DateOnly.FromDateTime(ISOWeek.ToDateTime(start.Year, ordinal, DayOfWeek.Monday))
                    : CalendarMath.NextWeekday(start, 1).AddDays(7 * (ordinal - 1));
                parts.Add((string.Create(CultureInfo.InvariantCulture, $"{timex}-W{ordinal:00}"), monday, monday.AddDays(7)));
            }

            return true;
        }

        var fromEnd = ChineseDateWords.StartsWith(s, j, "最后") || ChineseDateWords.StartsWith(s, j, "最後");
        var fromStart = !fromEnd && ChineseDateWords.StartsWith(s, j, "前");
        if (!fromEnd && !fromStart)
        {
            return false;
        }

        var k = Skip(s, j + (fromEnd ? 2 : 1));
        if (!ChineseSmallNumber.TryRead(s, k, out var countEnd, out var count) || count is < 1 or > 100)
        {
            return false;
        }

        k = Skip(s, countEnd);
        string unit;
        if (ChineseDateWords.StartsWith(s, k, "个月"))
        {
            unit = "M";
            end = k + 2;
        }
        else if (k < s.Length && s[k] is '周' or '週')
        {
            unit = "W";
            end = k + 1;
        }
        else if (k < s.Length && s[k] == '天')
        {
            unit = "D";
            end = k + 1;
        }
        else
        {
            return false;
        }

        foreach (var (_, start, finish) in periods)
        {
            DateOnly from;
            DateOnly to;
            if (fromStart)
            {
                from = start;
                to = Add(start, unit, count);
            }
            else if (unit == "W")
            {
                // Whole weeks (Monday to Monday) that end inside the period.
                to = CalendarMath.MondayOf(finish.AddDays(-1));
                if (to.AddDays(7) <= finish)
                {
                    to = to.AddDays(7);
                }

                from = to.AddDays(-7 * count);
            }
            else
            {
                to = finish;
                from = Add(finish, unit, -count);
            }

            parts.Add((Timex.Range(from, to, string.Create(CultureInfo.InvariantCulture, $"P{count}{unit}")), from, to));
        }

        return true;
    }

    private static DateOnly Add(DateOnly day, string unit, int count) => unit switch
    {
        "M" => day.AddMonths(count),
        "W" => day.AddDays(7 * count),
        _ => day.AddDays(count),
    };

    private static int Skip(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
