using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Recognizers.Policy;

/// <summary>
/// What one user message says about the amount and the time of a payment. <see cref="ConsumedSpans"/> are the parts
/// of the text that produced them (in text order), so keyword matching can skip them (10分钟前 is not "分").
/// </summary>
public sealed record ExtractedSituation(Money? Amount, TextSpan? AmountSpan, TimeReading? SentAt, IReadOnlyList<TextSpan> ConsumedSpans)
{
    public static ExtractedSituation Nothing { get; } = new(null, null, null, []);
}
