using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Sums duration parts into upstream's duration entity: timex "P1Y3M20DT8H50M20S" (units in ISO order) and seconds.</summary>
internal static class DurationBuilder
{
    public static DateTimeEntity Build(TextSpan span, IReadOnlyList<(decimal Amount, DurationUnit Unit)> parts)
    {
        var merged = parts.GroupBy(p => p.Unit).Select(g => (Amount: g.Sum(p => p.Amount), Unit: g.Key)).OrderBy(p => p.Unit.Order).ToList();
        var timex = new System.Text.StringBuilder("P");
        var inTime = false;
        decimal seconds = 0;
        foreach (var (amount, unit) in merged)
        {
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
