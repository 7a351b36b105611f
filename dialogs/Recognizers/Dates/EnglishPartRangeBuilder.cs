using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Ranges of years or months whose ends are parts of them: "from 2007 to the end of 2008", "between the end of 2007
/// and the end of 2008", "from the end of march to the middle of september". As an end point, "the start of X" is where
/// X starts, "the end of X" where it ends and "the middle of X" halfway through; a whole X bounds it where X starts
/// ("2014 through may 2018" ends on may 1st). The length is counted in calendar months.
/// </summary>
internal static class EnglishPartRangeBuilder
{
    public static DateTimeEntity? Build(Anchor x, Anchor y, TextSpan span)
    {
        if (x.Kind != AnchorKind.Period || y.Kind != AnchorKind.Period || !(HasPart(x.Entity) || HasPart(y.Entity) || MixedGrains(x, y)))
        {
            return null;
        }

        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var xValue in x.Entity.Values)
        {
            if (Point(xValue) is not { } start)
            {
                return null;
            }

            DateOnly? end = null;
            DateTimeValue? yMatch = null;
            foreach (var yValue in y.Entity.Values)
            {
                if (Point(yValue) is { } candidate && candidate > start)
                {
                    end = candidate;
                    yMatch = yValue;
                    break;
                }
            }

            if (end is not { } e || yMatch is null)
            {
                return null;
            }

            var months = ((e.Year - start.Year) * 12) + e.Month - start.Month;
            var timex = string.Create(CultureInfo.InvariantCulture, $"({DayTimex(xValue.Timex, start)},{DayTimex(yMatch.Timex, e)},P{months}M)");
            if (values.Exists(v => v.Timex == timex && v.Start == EntityBuilder.Midnight(start)))
            {
                continue;
            }

            values.Add(new DateTimeValue(timex, Start: EntityBuilder.Midnight(start), End: EntityBuilder.Midnight(e)));
            readings.Add(new Reading(EntityBuilder.Midnight(start), EntityBuilder.Midnight(e), false));
        }

        return values.Count == 0 ? null : new DateTimeEntity(span, DateTimeSubtype.DateRange, values, readings);
    }

    private static bool HasPart(DateTimeEntity entity) => entity.Values.Count > 0 && entity.Values[0].Mod is "start" or "mid" or "end";

    /// <summary>"2014 through may 2018", "from 2017 q1 to 2018 q1": periods of different sizes, each with its year said.</summary>
    private static bool MixedGrains(Anchor x, Anchor y) =>
        x.Period is { } xp && y.Period is { } yp && (xp.Grain != yp.Grain || xp.Grain == PeriodGrain.Other)
        && AllSaidWithYear(x.Entity) && AllSaidWithYear(y.Entity);

    private static bool AllSaidWithYear(DateTimeEntity entity)
    {
        foreach (var value in entity.Values)
        {
            if (value.Timex.Contains("XXXX", StringComparison.Ordinal) || value.Mod is not null || value.Start is null)
            {
                return false;
            }
        }

        return entity.Values.Count > 0;
    }

    /// <summary>Where the range starts or ends for one reading of a year or month, whole or a part of it.</summary>
    private static DateOnly? Point(DateTimeValue value)
    {
        if (value.Mod is null && value.Start is { } wholeStart)
        {
            // A whole period bounds the range where it starts, at either end ("2014 through may 2018" ends on may 1st).
            return DateOnly.FromDateTime(wholeStart);
        }

        if (value.Start is not { } partStart || Whole(value.Timex, DateOnly.FromDateTime(partStart)) is not { } whole)
        {
            return null;
        }

        return value.Mod switch
        {
            "start" => whole.Start,
            "end" => whole.End,
            "mid" => whole.Start.AddDays((whole.End.DayNumber - whole.Start.DayNumber) / 2),
            _ => null,
        };
    }

    /// <summary>The whole year ("2007") or month ("XXXX-03", "2016-03") a reading belongs to.</summary>
    private static (DateOnly Start, DateOnly End)? Whole(string timex, DateOnly inside)
    {
        if (timex.Length == 4 && int.TryParse(timex, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        }

        if (timex.Length == 7 && timex[4] == '-' && int.TryParse(timex.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            var first = new DateOnly(inside.Year, month, 1);
            return (first, first.AddMonths(1));
        }

        return null;
    }

    /// <summary>A yearless month keeps its year open: "XXXX-04-01".</summary>
    private static string DayTimex(string periodTimex, DateOnly day) =>
        periodTimex.StartsWith("XXXX", StringComparison.Ordinal) ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{day.Month:00}-{day.Day:00}") : Timex.Date(day);
}
