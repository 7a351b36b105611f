using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>
/// Bot-like messages from templates: a frame with one amount and one time phrase, random values, and a random "now"
/// between 2024 and 2026. The same seed gives the same messages.
/// </summary>
public static class OracleSentenceGenerator
{
    private static readonly DateTime EarliestReference = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private const int ReferenceSpanMinutes = 3 * 365 * 24 * 60;

    public static IReadOnlyList<OracleSentence> Generate(int seed, int perCulture)
    {
        var random = new Random(seed);
        var sentences = new List<OracleSentence>(2 * perCulture);
        for (var i = 0; i < perCulture; i++)
        {
            sentences.Add(Write(random, RecognizerCulture.Chinese, ChineseOracleTemplates.Frames, ChineseOracleTemplates.Amounts, ChineseOracleTemplates.Times));
            sentences.Add(Write(random, RecognizerCulture.English, EnglishOracleTemplates.Frames, EnglishOracleTemplates.Amounts, EnglishOracleTemplates.Times));
        }

        return sentences;
    }

    private static OracleSentence Write(Random random, string culture, OracleTemplate[] frames, OracleTemplate[] amounts, OracleTemplate[] times)
    {
        var frame = frames[random.Next(frames.Length)].Write(random);
        var amountTemplate = amounts[random.Next(amounts.Length)];
        var timeTemplate = times[random.Next(times.Length)];
        var amount = new OraclePhrase(amountTemplate.Family, amountTemplate.Write(random));
        var time = new OraclePhrase(timeTemplate.Family, timeTemplate.Write(random));
        var text = frame.Replace("{amount}", amount.Text, StringComparison.Ordinal).Replace("{time}", time.Text, StringComparison.Ordinal);
        if (char.IsLower(text[0]) && culture == RecognizerCulture.English)
        {
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        var reference = EarliestReference.AddMinutes(random.Next(ReferenceSpanMinutes));
        return new OracleSentence(culture, text, reference, amount, time);
    }
}
