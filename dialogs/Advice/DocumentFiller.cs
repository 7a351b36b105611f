using System.Text;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// Fills a document template: computed placeholders from <paramref name="values"/>, blanks with their
/// marks ("【对方真实姓名】"), and <c>{missing}</c> with the list of blanks the text still holds and where
/// to find each. Nothing the bot does not know is ever filled in.
/// </summary>
public static class DocumentFiller
{
    public static FilledDocument Fill(DocumentTemplate template, Language language, IReadOnlyDictionary<string, string> values, string missingLine)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var text = template.Texts[language];
        var used = BlanksInOrder(text);
        var all = new Dictionary<string, string>(values, StringComparer.Ordinal);
        foreach (var (name, blank) in text.Blanks)
        {
            all[name] = blank.Mark;
        }

        all["missing"] = Missing(used, missingLine);
        var body = Placeholders.Fill(text.Body, all);
        return new FilledDocument(template.Id, text.Title, text.FileName, body, [.. used.Select(b => b.Mark)]);
    }

    /// <summary>The blanks of the body in the order they first appear, each once.</summary>
    private static List<DocumentBlank> BlanksInOrder(DocumentText text) =>
        [.. Placeholders.InOrder(text.Body).Where(text.Blanks.ContainsKey).Select(name => text.Blanks[name])];

    private static string Missing(IReadOnlyList<DocumentBlank> blanks, string line)
    {
        var list = new StringBuilder();
        foreach (var blank in blanks)
        {
            if (list.Length > 0)
            {
                list.Append('\n');
            }

            list.Append(Placeholders.Fill(line, new Dictionary<string, string>
            {
                ["mark"] = blank.Mark,
                ["hint"] = blank.Hint ?? string.Empty,
            }).TrimEnd(' ', '：', ':'));
        }

        return list.ToString();
    }
}
