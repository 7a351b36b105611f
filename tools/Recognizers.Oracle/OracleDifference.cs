namespace RecoveryBot.Recognizers.Oracle;

/// <summary>What a difference is about.</summary>
public enum OracleField
{
    Amount,
    Time,
}

/// <summary>One message on which ours and the reference read the amount or the time differently.</summary>
public sealed record OracleDifference(OracleSentence Sentence, OracleField Field, string Ours, string Reference)
{
    public OraclePhrase Phrase => Field == OracleField.Amount ? Sentence.Amount : Sentence.Time;

    public override string ToString() =>
        $"{Field} [{Phrase.Family}] \"{Sentence.Text}\" (now {Sentence.Reference:yyyy-MM-dd HH:mm ddd}): ours {Ours}, reference {Reference}";
}
