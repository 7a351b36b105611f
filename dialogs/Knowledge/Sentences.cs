using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>Splits user-facing text into sentences for the wrong-claim detector.</summary>
public static partial class Sentences
{
    private static readonly IReadOnlySet<Language> Both = new HashSet<Language> { Language.ZhCn, Language.EnUs };
    private static readonly IReadOnlySet<Language> ChineseOnly = new HashSet<Language> { Language.ZhCn };
    private static readonly IReadOnlySet<Language> EnglishOnly = new HashSet<Language> { Language.EnUs };
    private static readonly IReadOnlySet<Language> Neither = new HashSet<Language>();

    public static IReadOnlyList<string> Split(string text) =>
        [.. Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0)];

    /// <summary>Which languages' patterns apply to a sentence: by its Chinese characters and Latin words.</summary>
    public static IReadOnlySet<Language> ScriptsOf(string sentence)
    {
        var withoutPlaceholders = Placeholders.Strip(sentence);
        var chinese = Chinese().IsMatch(withoutPlaceholders);
        var latin = Latin().IsMatch(withoutPlaceholders);
        return (chinese, latin) switch
        {
            (true, true) => Both,
            (true, false) => ChineseOnly,
            (false, true) => EnglishOnly,
            _ => Neither,
        };
    }

    // A full stop ends an English sentence only before white space or the end, so "95017." splits but
    // "2.5" does not.
    [GeneratedRegex(@"[。！？!?；;\n]+|\.(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    [GeneratedRegex("[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Latin();
}
