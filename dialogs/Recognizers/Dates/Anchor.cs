namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>What kind of thing an anchor is, for joining two into a range or bounding one with a modifier.</summary>
internal enum AnchorKind
{
    Day,
    Period,
    Time,
    DateTime,
    Daypart,
}

/// <summary>
/// A single date/time expression with the parts it was built from, so that ranges ("一月十日到十二日") can borrow
/// missing parts and modifiers ("2018年以前") can bound it.
/// </summary>
internal sealed record Anchor(
    DateTimeEntity Entity,
    AnchorKind Kind,
    DateCandidates? Date = null,
    DateFields? Fields = null,
    PeriodAnchor? Period = null,
    ClockTime? Time = null,
    Daypart? Daypart = null)
{
    public TextSpan Span => Entity.Span;
}
