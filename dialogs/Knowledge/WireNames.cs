using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>The camelCase names knowledge files use for the model's enums (the plan contract's names).</summary>
internal static class WireNames
{
    /// <summary>In rules.yaml, a kind, reason or window the user could not tell (RecipientAction has its own).</summary>
    public const string Unknown = "unknown";

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string Of(TimeWindow window) => window == TimeWindow.Within24Hours ? "within24h" : "after24h";

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static bool TryParseWindow(string text, out TimeWindow window)
    {
        foreach (var candidate in Enum.GetValues<TimeWindow>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                window = candidate;
                return true;
            }
        }

        window = default;
        return false;
    }

    public static IEnumerable<string> AllOf<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => Of(v));

    public static string Of(Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.MediumHigh => "medium-high",
        Confidence.Medium => "medium",
        _ => "low",
    };

    public static bool TryParseConfidence(string text, out Confidence confidence)
    {
        foreach (var candidate in Enum.GetValues<Confidence>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                confidence = candidate;
                return true;
            }
        }

        confidence = default;
        return false;
    }

    public static bool TryParseLanguage(string tag, out Language language)
    {
        foreach (var candidate in Enum.GetValues<Language>())
        {
            if (string.Equals(candidate.Tag(), tag, StringComparison.Ordinal))
            {
                language = candidate;
                return true;
            }
        }

        language = default;
        return false;
    }
}
