using System.Text.RegularExpressions;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>Splits user-facing text into sentences for the wrong-claim detector.</summary>
public static partial class Sentences
{
    public static IReadOnlyList<string> Split(string text) =>
        [.. Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0)];

    // A full stop ends an English sentence only before white space or the end, so "95017." splits but
    // "e.g" and "2.5" do not.
    [GeneratedRegex(@"[。！？!?；;\n]+|\.(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
