using System.Diagnostics;
using System.Globalization;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Recognizers.Oracle;

namespace RecoveryBot.Bench;

/// <summary>
/// <c>recognizers-vs-reference</c>: ours and Microsoft Recognizers-Text 1.8.13 side by side in one process, on the same
/// bot-like messages (the benchmark sentences and the oracle's generated ones), per culture and per call: currency
/// (amounts) and date/time. Both are warmed up first; then rounds alternate between the two so that a busy moment of
/// the machine falls on both. Prints the median over the rounds of the mean time per call.
/// </summary>
internal static class RecognizersVersusReference
{
    private const int WarmUpPasses = 3;

    public static void Run(int rounds)
    {
        Console.WriteLine($"{"culture",-8} {"call",-9} {"messages",8} {"ours µs/call",13} {"reference µs/call",18} {"ratio",7}");
        foreach (var culture in (string[])[RecognizerCulture.Chinese, RecognizerCulture.English])
        {
            var messages = Messages(culture);
            foreach (var (call, ours, reference) in Calls())
            {
                var oursTimes = new List<double>(rounds);
                var referenceTimes = new List<double>(rounds);
                for (var pass = 0; pass < WarmUpPasses; pass++)
                {
                    TimePerCall(messages, culture, ours);
                    TimePerCall(messages, culture, reference);
                }

                for (var round = 0; round < rounds; round++)
                {
                    oursTimes.Add(TimePerCall(messages, culture, ours));
                    referenceTimes.Add(TimePerCall(messages, culture, reference));
                }

                var oursMedian = Median(oursTimes);
                var referenceMedian = Median(referenceTimes);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{culture,-8} {call,-9} {messages.Count,8} {oursMedian,13:0.0} {referenceMedian,18:0.0} {referenceMedian / oursMedian,6:0}x"));
            }
        }
    }

    private static IEnumerable<(string Name, Func<string, string, DateTime, int> Ours, Func<string, string, DateTime, int> Reference)> Calls()
    {
        yield return ("currency", (text, culture, _) => Recognizer.RecognizeCurrency(text, culture).Count, (text, culture, _) => ReferenceRecognizers.RecognizeCurrency(text, culture).Count);
        yield return ("datetime", (text, culture, now) => Recognizer.RecognizeDateTime(text, culture, now).Count, (text, culture, now) => ReferenceRecognizers.RecognizeDateTime(text, culture, now).Count);
    }

    /// <summary>The benchmark's hand-written sentences and 200 generated ones (the oracle's templates, fixed seed).</summary>
    private static List<(string Text, DateTime Reference)> Messages(string culture) =>
    [
        .. RecognizerSentences.For(culture).Select(text => (text, RecognizerSentences.Reference)),
        .. OracleSentenceGenerator.Generate(seed: 14, perCulture: 200).Where(m => m.Culture == culture).Select(m => (m.Text, m.Reference)),
    ];

    private static double TimePerCall(List<(string Text, DateTime Reference)> messages, string culture, Func<string, string, DateTime, int> recognize)
    {
        var found = 0;
        var watch = Stopwatch.StartNew();
        foreach (var (text, reference) in messages)
        {
            found += recognize(text, culture, reference);
        }

        watch.Stop();
        GC.KeepAlive(found);
        return watch.Elapsed.TotalMicroseconds / messages.Count;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
