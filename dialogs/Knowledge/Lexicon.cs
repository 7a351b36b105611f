using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// The vocabulary of one language (knowledge/lexicon.&lt;locale&gt;.yaml): each group is either a list of
/// phrases or a map from a name to its phrases.
/// </summary>
public sealed class Lexicon
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> lists;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> maps;

    public Lexicon(
        Language language,
        IReadOnlyDictionary<string, IReadOnlyList<string>> lists,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> maps)
    {
        Language = language;
        this.lists = lists;
        this.maps = maps;
    }

    public Language Language { get; }

    public IEnumerable<string> Groups => lists.Keys.Concat(maps.Keys);

    public bool Contains(string group) => lists.ContainsKey(group) || maps.ContainsKey(group);

    /// <summary>The phrases of a list group; for a map group, all of its phrases in file order.</summary>
    public IReadOnlyList<string> List(string group)
    {
        if (lists.TryGetValue(group, out var list))
        {
            return list;
        }

        return maps.TryGetValue(group, out var map)
            ? [.. map.Values.SelectMany(phrases => phrases)]
            : throw Missing(group);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Map(string group)
    {
        if (maps.TryGetValue(group, out var map))
        {
            return map;
        }

        throw lists.ContainsKey(group)
            ? new InvalidOperationException($"Lexicon group '{group}' is a list, not a map; use List.")
            : Missing(group);
    }

    private KeyNotFoundException Missing(string group) =>
        new($"No group '{group}' in lexicon.{Language.Tag()}.yaml.");
}
