using RecoveryBot.Dialogs.Knowledge.Loading;

namespace RecoveryBot.Dialogs.Knowledge.Validation;

/// <summary>
/// Both languages must offer the same string keys with the same placeholders, and the same lexicon
/// groups and names, or a conversation would break in one language only.
/// </summary>
internal static class LocaleParityValidator
{
    public static void CheckStrings(IReadOnlyList<LoadedStrings> locales, KnowledgeErrors errors)
    {
        foreach (var locale in locales)
        {
            foreach (var other in locales.Where(o => o != locale))
            {
                foreach (var (key, entry) in locale.Entries)
                {
                    if (!other.Entries.TryGetValue(key, out var otherEntry))
                    {
                        errors.Add(locale.File, locale.Lines[key], $"string '{key}' is missing from {other.File}");
                        continue;
                    }

                    // Report a placeholder difference once, from the first file.
                    if (string.CompareOrdinal(locale.File, other.File) < 0)
                    {
                        var mine = Placeholders.Describe(PlaceholdersOf(entry));
                        var theirs = Placeholders.Describe(PlaceholdersOf(otherEntry));
                        if (mine != theirs)
                        {
                            errors.Add(locale.File, locale.Lines[key], $"string '{key}' uses placeholders {mine} but {other.File} uses {theirs}");
                        }
                    }
                }
            }
        }
    }

    public static void CheckLexicons(IReadOnlyList<LoadedLexicon> locales, KnowledgeErrors errors)
    {
        foreach (var locale in locales)
        {
            foreach (var other in locales.Where(o => o != locale))
            {
                foreach (var (group, line) in locale.Lines)
                {
                    if (!other.Lines.ContainsKey(group))
                    {
                        errors.Add(locale.File, line, $"lexicon group '{group}' is missing from {other.File}");
                        continue;
                    }

                    var names = locale.NameLines.GetValueOrDefault(group);
                    var otherNames = other.NameLines.GetValueOrDefault(group);
                    if ((names is null) != (otherNames is null))
                    {
                        if (string.CompareOrdinal(locale.File, other.File) < 0)
                        {
                            errors.Add(locale.File, line, $"lexicon group '{group}' is a {(names is null ? "list" : "map")} here but a {(otherNames is null ? "list" : "map")} in {other.File}");
                        }

                        continue;
                    }

                    foreach (var (name, nameLine) in names ?? new Dictionary<string, int>())
                    {
                        if (!otherNames!.ContainsKey(name))
                        {
                            errors.Add(locale.File, nameLine, $"lexicon name '{group}.{name}' is missing from {other.File}");
                        }
                    }
                }
            }
        }
    }

    private static HashSet<string> PlaceholdersOf(TextEntry entry) =>
        entry.Texts.SelectMany(Placeholders.Find).ToHashSet(StringComparer.Ordinal);
}
