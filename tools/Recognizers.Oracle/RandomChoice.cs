namespace RecoveryBot.Recognizers.Oracle;

internal static class RandomChoice
{
    public static string Pick(this Random random, params string[] choices) => choices[random.Next(choices.Length)];

    /// <summary>A sum people send: a third round hundreds, a third below 1,000, a third anything below 50,000.</summary>
    public static long SentSum(this Random random) => random.Next(3) switch
    {
        0 => random.Next(1, 100) * 100,
        1 => random.Next(1, 1000),
        _ => random.Next(1, 50_000),
    };
}
