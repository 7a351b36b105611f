using System.Text;
using System.Text.RegularExpressions;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>Finds and fills <c>{name}</c> placeholders in knowledge texts.</summary>
public static partial class Placeholders
{
    /// <summary>The placeholders a step text may use; the dialog supplies their values.</summary>
    public static IReadOnlySet<string> StepNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "amount", "sentAt", "refundAt", "due",
    };

    /// <summary>
    /// The placeholders a document template may use besides its own blanks; the dialog computes them from
    /// the situation: the amount (also in words), when it was sent, today, how it was paid, the situation
    /// in a phrase, the evidence list, and the list of what is still missing.
    /// </summary>
    public static IReadOnlySet<string> DocumentNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "amount", "amountInWords", "sentAt", "today", "kind", "situation", "evidence", "missing",
    };

    /// <summary>The placeholders a deadline text may use: the date, the time left or gone, when the money was sent.</summary>
    public static IReadOnlySet<string> DeadlineNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "date", "remaining", "elapsed", "sentAt",
    };

    /// <summary>The placeholder names of <paramref name="text"/> in the order they first appear.</summary>
    public static IReadOnlyList<string> InOrder(string text) =>
        [.. Pattern().Matches(text).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];

    public static IReadOnlySet<string> Find(string text) =>
        Pattern().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The text with its placeholders removed, so what is left can be checked for figures.</summary>
    public static string Strip(string text) => Pattern().Replace(text, " ");

    /// <summary>Replaces every placeholder; one without a value is a programming error, not a user's.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in Pattern().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (!values.TryGetValue(name, out var value))
            {
                throw new ArgumentException($"No value for placeholder {{{name}}} in \"{text}\".", nameof(values));
            }

            result.Append(text, last, match.Index - last).Append(value);
            last = match.Index + match.Length;
        }

        return result.Append(text, last, text.Length - last).ToString();
    }

    public static string Describe(IReadOnlySet<string> names) =>
        names.Count == 0 ? "none" : string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => "{" + n + "}"));

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
