using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Tests.Conversation;

namespace RecoveryBot.Tests.Knowledge;

/// <summary>
/// A text key misspelt in code would only fail when a turn reaches it. Every string literal in the bot's code that
/// looks like a key of the string files (its first part names a group of keys, such as "ask." or "sources.") must be
/// a key of both locales, or, when it ends with a dot and is completed at run time, the start of one.
/// </summary>
public partial class TextKeysInCodeTests
{
    [Fact]
    public void EveryKeyLiteralInCode_IsAKeyOfBothLocales()
    {
        var knowledge = ConversationTestClient.Knowledge;
        var zh = knowledge.Strings(Language.ZhCn).Keys.ToHashSet(StringComparer.Ordinal);
        var en = knowledge.Strings(Language.EnUs).Keys.ToHashSet(StringComparer.Ordinal);
        var groups = zh.Select(key => key.Split('.')[0]).ToHashSet(StringComparer.Ordinal);

        var literals = KeyLiterals(groups).ToList();

        Assert.True(literals.Count > 100, $"only {literals.Count} key literals found: is the pattern still right?");
        var unknown = literals
            .Where(l => l.Key.EndsWith('.') ? !zh.Any(k => k.StartsWith(l.Key, StringComparison.Ordinal)) || !en.Any(k => k.StartsWith(l.Key, StringComparison.Ordinal)) : !zh.Contains(l.Key) || !en.Contains(l.Key))
            .Select(l => $"{l.Key} ({l.File})")
            .ToList();
        Assert.True(unknown.Count == 0, "text keys used in code but missing from strings.zh-CN.yaml or strings.en-US.yaml:\n" + string.Join("\n", unknown));
    }

    private static IEnumerable<(string Key, string File)> KeyLiterals(HashSet<string> groups)
    {
        foreach (var folder in new[] { "dialogs", "bot" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            {
                if (path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in KeyLiteral().Matches(File.ReadAllText(path)))
                {
                    var key = match.Groups["key"].Value;
                    if (groups.Contains(key.Split('.')[0]) && !key.EndsWith(".yaml", StringComparison.Ordinal))
                    {
                        yield return (key, Path.GetRelativePath(RepositoryPaths.Root, path));
                    }
                }
            }
        }
    }

    /// <summary>A plain (not interpolated) literal of dotted camelCase words: "ask.sentAtTime", "sources.kind.".</summary>
    [GeneratedRegex(@"(?<![$@\w])""(?<key>[a-z][a-zA-Z]*(?:\.[a-zA-Z]+)*\.(?:[a-zA-Z]+)?)""")]
    private static partial Regex KeyLiteral();
}
