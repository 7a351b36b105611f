namespace RecoveryBot.Dialogs.Recognizers.Currency;

/// <summary>
/// A currency as upstream Recognizers-Text names it: <see cref="Name"/> is its English unit name ("Chinese yuan",
/// "Jiao", "Dollar"), <see cref="Iso"/> its ISO 4217 code when the name pins one down (a bare "$" does not).
/// <see cref="ToMajor"/> scales a minor unit to its major one (Jiao 0.1 CNY).
/// </summary>
internal sealed record CurrencyUnit(string Name, string? Iso, decimal ToMajor = 1m, string? MajorIso = null)
{
    public static readonly CurrencyUnit ChineseYuan = new("Chinese yuan", "CNY");
    public static readonly CurrencyUnit Jiao = new("Jiao", null, 0.1m, "CNY");
    public static readonly CurrencyUnit Fen = new("Fen", null, 0.01m, "CNY");
    public static readonly CurrencyUnit Dollar = new("Dollar", null, 1m, "USD");
    public static readonly CurrencyUnit UnitedStatesDollar = new("United States dollar", "USD");
    public static readonly CurrencyUnit Cent = new("Cent", null, 0.01m, "USD");
    public static readonly CurrencyUnit UnitedStatesCent = new("United States cent", null, 0.01m, "USD");
    public static readonly CurrencyUnit HongKongDollar = new("Hong Kong dollar", "HKD");

    /// <summary>The ISO code a bot should store: minor units and the bare dollar resolve to their major currency.</summary>
    public string? EffectiveIso => Iso ?? MajorIso;
}
