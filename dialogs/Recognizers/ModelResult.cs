namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>
/// One recognized entity, shaped like Microsoft Recognizers-Text's <c>ModelResult</c> so that a later
/// switch is local. <see cref="End"/> is inclusive, in UTF-16 code units. <see cref="Resolution"/> holds
/// upstream's keys: <c>value</c> (number, currency), <c>unit</c> and <c>isoCurrency</c> (currency), or
/// <c>values</c>, a list of dictionaries with <c>timex</c>, <c>type</c>, <c>value</c> or <c>start</c>/<c>end</c>
/// and optionally <c>Mod</c> (datetimeV2).
/// </summary>
public sealed record ModelResult(
    string Text,
    int Start,
    int End,
    string TypeName,
    IReadOnlyDictionary<string, object?> Resolution);
