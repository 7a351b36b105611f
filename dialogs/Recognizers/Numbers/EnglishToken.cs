namespace RecoveryBot.Dialogs.Recognizers.Numbers;

internal enum EnglishTokenKind
{
    Word,
    Number,
    Hyphen,
    Other,
}

/// <summary>One word, digit-written number, hyphen or other symbol of lower-cased English text.</summary>
internal readonly record struct EnglishToken(EnglishTokenKind Kind, int Start, int End, string Text, decimal Value);
