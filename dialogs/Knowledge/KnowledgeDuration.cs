using System.Globalization;
using System.Text.RegularExpressions;

namespace RecoveryBot.Dialogs.Knowledge;

public enum DurationUnit
{
    Minutes,
    Hours,
    Days,
    Years,
}

/// <summary>
/// A duration as written in knowledge files ("24h", "90d", "3y"). Years are calendar years, because a
/// limitation period of three years ends on the same date three years later, not after 1,095 days.
/// </summary>
public sealed partial record KnowledgeDuration(int Value, DurationUnit Unit)
{
    public static KnowledgeDuration Zero { get; } = new(0, DurationUnit.Minutes);

    public DateTimeOffset AddTo(DateTimeOffset moment) => Unit switch
    {
        DurationUnit.Minutes => moment.AddMinutes(Value),
        DurationUnit.Hours => moment.AddHours(Value),
        DurationUnit.Days => moment.AddDays(Value),
        _ => moment.AddYears(Value),
    };

    public static bool TryParse(string text, out KnowledgeDuration duration)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["value"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            duration = Zero;
            return false;
        }

        var unit = match.Groups["unit"].Value switch
        {
            "m" => DurationUnit.Minutes,
            "h" => DurationUnit.Hours,
            "d" => DurationUnit.Days,
            _ => DurationUnit.Years,
        };
        duration = new KnowledgeDuration(value, unit);
        return true;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        DurationUnit.Minutes => "m",
        DurationUnit.Hours => "h",
        DurationUnit.Days => "d",
        _ => "y",
    };

    [GeneratedRegex("^(?<value>[0-9]{1,6})(?<unit>[mhdy])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
