using System.Globalization;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>An amount as the bot needs it: the value in the currency's main unit (3 角 = 0.3 CNY) and its ISO code.</summary>
public sealed record ReadAmount(decimal Value, string? Currency)
{
    public override string ToString() => $"{Value.ToString("0.##", CultureInfo.InvariantCulture)} {Currency}";
}

/// <summary>When the money was sent, as a stretch [Start, End]; a moment has Start = End, a day covers [00:00, next 00:00).</summary>
public sealed record ReadTime(DateTime Start, DateTime End)
{
    public override string ToString() => Start == End
        ? Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        : $"{Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}..{End.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}";
}

/// <summary>The amount and the time one message gives, read the same way from either recognizer's results.</summary>
public sealed record ContractReading(ReadAmount? Amount, ReadTime? Time);
