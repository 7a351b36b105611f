namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Digit groups glued by "-", "/" or "." ("138-2010-2015", "2015-1-32", "133-03-03-2020") are one token: a phone
/// number, a code or a date, read whole or not at all. A date/time match may not begin or end inside such a chain.
/// </summary>
internal static class DigitChain
{
    /// <summary>Whether the digits at <paramref name="i"/> continue a chain that began before them ("2010" in "138-2010").</summary>
    public static bool Continues(string s, int i) =>
        i > 0 && (char.IsAsciiDigit(s[i - 1]) || (i > 1 && s[i - 1] is '-' or '/' or '.' && char.IsAsciiDigit(s[i - 2])));

    /// <summary>Whether the chain goes on after <paramref name="end"/> (exclusive): "2015" in "2015-32".</summary>
    public static bool GoesOn(string s, int end) =>
        end < s.Length && (char.IsAsciiDigit(s[end]) || (end + 1 < s.Length && s[end] is '-' or '/' && char.IsAsciiDigit(s[end + 1])));

    /// <summary>A match that cuts a chain of digits: its first or last character is a digit glued to more of the chain.</summary>
    public static bool Cuts(string s, TextSpan span) =>
        (char.IsAsciiDigit(s[span.Start]) && Continues(s, span.Start)) || (char.IsAsciiDigit(s[span.EndExclusive - 1]) && GoesOn(s, span.EndExclusive));
}
