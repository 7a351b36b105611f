namespace RecoveryBot.Dialogs.Recognizers.Currency;

/// <summary>A list of currency names, longest first, indexed by first and last character for fast matching.</summary>
internal sealed class CurrencyNames
{
    private readonly Dictionary<char, CurrencyName[]> byFirst;
    private readonly Dictionary<char, CurrencyName[]> byLast;

    public CurrencyNames(IEnumerable<CurrencyName> names)
    {
        All = [.. names.OrderByDescending(n => n.Surface.Length)];
        byFirst = All.GroupBy(n => n.Surface[0]).ToDictionary(g => g.Key, g => g.ToArray());
        byLast = All.GroupBy(n => n.Surface[^1]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<CurrencyName> All { get; }

    // Arrays rather than IReadOnlyList: the scanners look names up at every word, and enumerating an array through the
    // interface allocates an enumerator each time.
    public CurrencyName[] Starting(char c) => byFirst.GetValueOrDefault(c, []);

    public CurrencyName[] Ending(char c) => byLast.GetValueOrDefault(c, []);
}
