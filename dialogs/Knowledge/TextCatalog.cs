using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>The dialog strings of one language (knowledge/strings.&lt;locale&gt;.yaml).</summary>
public sealed class TextCatalog
{
    private readonly IReadOnlyDictionary<string, TextEntry> entries;

    public TextCatalog(Language language, IReadOnlyDictionary<string, TextEntry> entries)
    {
        Language = language;
        this.entries = entries;
    }

    public Language Language { get; }

    public IEnumerable<string> Keys => entries.Keys;

    public bool Contains(string key) => entries.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/>; for a list entry, its first alternative.</summary>
    public string Get(string key) => Entry(key).Texts[0];

    /// <summary>All alternatives of <paramref name="key"/>; a single text is a list of one.</summary>
    public IReadOnlyList<string> GetList(string key) => Entry(key).Texts;

    /// <summary><see cref="Get"/> with its <c>{name}</c> placeholders replaced; a missing value throws.</summary>
    public string Format(string key, IReadOnlyDictionary<string, string> args) => Placeholders.Fill(Get(key), args);

    public TextEntry Entry(string key) =>
        entries.TryGetValue(key, out var entry)
            ? entry
            : throw new KeyNotFoundException($"No string '{key}' in strings.{Language.Tag()}.yaml.");
}
