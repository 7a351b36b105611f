using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// A verified fact the advice relies on; ids follow wechat-facts.md (A1, B2, …). <see cref="Summary"/> is
/// the maintainers' line; <see cref="Texts"/> is what a user who asks for the sources reads.
/// </summary>
public sealed record Fact(string Id, string Summary, Confidence Confidence, IReadOnlyList<Source> Sources, IReadOnlyDictionary<Language, string> Texts)
{
    public string TextFor(Language language) => Texts[language];
}

/// <summary>
/// Where a fact comes from. <see cref="Url"/> is absent when wechat-facts.md names no address. <see cref="Title"/> is
/// the maintainers' description; a user sees <see cref="Names"/> (or the kind's label) and a link only when
/// <see cref="Linkable"/> (an official source at an address knowledge/source-links.yaml allows).
/// </summary>
public sealed record Source(string Title, Uri? Url, SourceKind Kind)
{
    public IReadOnlyDictionary<Language, string> Names { get; init; } = new Dictionary<Language, string>();

    public bool Linkable { get; init; }
}
