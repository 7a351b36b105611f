using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Reads the amount and the time of sending from a message. The seam between the conversation and the
/// recognizers: the policy of which entity a turn takes lives behind it.
/// </summary>
internal interface IAmountAndTimeReader
{
    AmountAndTime Read(string text, Language language, DateTime referenceLocal, bool amountExpected);
}

/// <summary>What one message says about money and time, and where in the text it said it.</summary>
internal sealed record AmountAndTime(Money? Amount, LocalTimeReading? Time, IReadOnlyList<TextSpan> Spans)
{
    public static AmountAndTime None { get; } = new(null, null, []);
}

/// <summary>A time the user gave, in their wall-clock time. <see cref="End"/> is exclusive.</summary>
internal sealed record LocalTimeReading(DateTime Start, DateTime End, bool HasTimeOfDay);

/// <summary>Inclusive start and end, in UTF-16 code units, like Recognizers-Text.</summary>
internal readonly record struct TextSpan(int Start, int End);
