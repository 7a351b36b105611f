namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>The Chinese words that bound a date: 以前, 之后, 或之前, 及以后, 开始, 起, 截止到.</summary>
internal static class ChineseModifiers
{
    /// <summary>After the anchor; longest first.</summary>
    public static readonly (string Word, string Mod)[] Suffixes =
    [
        ("或者之前", Modifier.Until), ("或者之后", Modifier.Since), ("以及之前", Modifier.Until), ("以及之后", Modifier.Since),
        ("或之前", Modifier.Until), ("或以前", Modifier.Until), ("及以前", Modifier.Until), ("及之前", Modifier.Until),
        ("或之后", Modifier.Since), ("或以后", Modifier.Since), ("及以后", Modifier.Since), ("及之后", Modifier.Since),
        ("以前", Modifier.Before), ("之前", Modifier.Before), ("以后", Modifier.After), ("之后", Modifier.After),
        ("以來", Modifier.Since), ("以来", Modifier.Since), ("开始", Modifier.Since), ("開始", Modifier.Since), ("起", Modifier.Since),
        ("前", Modifier.Before), ("后", Modifier.After), ("後", Modifier.After),
    ];

    /// <summary>Before the anchor.</summary>
    public static readonly (string Word, string Mod)[] Prefixes =
    [
        ("截止到", Modifier.Before), ("截至到", Modifier.Before), ("截止", Modifier.Before), ("截至", Modifier.Before), ("直到", Modifier.Before),
    ];
}
