using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Sums duration parts into upstream's duration entity: timex "P1Y3M20DT8H50M20S" (units in ISO order) and seconds.</summary>
internal static class DurationBuilder
{
    public static DateTimeEntity Build(TextSpan span, IReadOnlyList<(decimal Amount, DurationUnit Unit)> parts)
    {
        // Seven units at most: summing by unit order avoids grouping and sorting on the hot path.
        Span<decimal> amounts = stackalloc decimal[7];
        var said = new DurationUnit?[7];
        foreach (var (amount, unit) in parts)
        {
            amounts[unit.Order] += amount;
            said[unit.Order] = unit;
        }

        var timex = new System.Text.StringBuilder("P", 16);
        var inTime = false;
        decimal seconds = 0;
        for (var order = 0; order < said.Length; order++)
        {
            if (said[order] is not { } unit)
            {
                continue;
            }

            var amount = amounts[order];
            if (unit.IsTimePart && !inTime)
            {
                timex.Append('T');
                inTime = true;
            }

            timex.Append(amount.ToString("0.###", CultureInfo.InvariantCulture)).Append(unit.Letter);
            seconds += amount * unit.Seconds;
        }

        return new DateTimeEntity(span, DateTimeSubtype.Duration, [new DateTimeValue(timex.ToString(), Seconds: seconds)], []);
    }
}
