using System.Diagnostics;
using System.Globalization;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Recognizers.Oracle;

namespace RecoveryBot.Bench;

/// <summary>
/// <c>recognizers-vs-reference</c>: ours and Microsoft Recognizers-Text 1.8.13 side by side in one process, on the same
/// bot-like messages (the benchmark sentences and the oracle's generated ones), per culture and per call: currency
/// (amounts) and date/time. Both are warmed up first; then rounds alternate between the two, each after a full
/// collection (so one side's garbage is not collected on the other's time). Every call is timed by itself: the median
/// per call shrugs off the moments another process holds the core, the mean shows the slow calls too.
/// </summary>
internal static class RecognizersVersusReference
{
    /// <summary>Tiered compilation swaps in optimized code after ~30 calls and a delay: warm each side up this long.</summary>
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1);

    public static void Run(int rounds)
    {
        Console.WriteLine("µs per call (median / mean), same messages, same run");
        Console.WriteLine($"{"culture",-8} {"call",-9} {"messages",8} {"ours",16} {"reference",18} {"median ratio",13}");
        foreach (var culture in (string[])[RecognizerCulture.Chinese, RecognizerCulture.English])
        {
            var messages = Messages(culture);
            foreach (var (call, ours, reference) in Calls())
            {
                WarmUp(messages, culture, ours);
                WarmUp(messages, culture, reference);
                var oursTimes = new List<double>(rounds * messages.Count);
                var referenceTimes = new List<double>(rounds * messages.Count);
                for (var round = 0; round < rounds; round++)
                {
                    TimeEachCall(messages, culture, ours, oursTimes);
                    TimeEachCall(messages, culture, reference, referenceTimes);
                }

                var (oursMedian, oursMean) = (Median(oursTimes), oursTimes.Average());
                var (referenceMedian, referenceMean) = (Median(referenceTimes), referenceTimes.Average());
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{culture,-8} {call,-9} {messages.Count,8} {oursMedian,7:0.0} / {oursMean,6:0.0} {referenceMedian,8:0} / {referenceMean,7:0} {referenceMedian / oursMedian,12:0}x"));
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

    private static void WarmUp(List<(string Text, DateTime Reference)> messages, string culture, Func<string, string, DateTime, int> recognize)
    {
        var discarded = new List<double>(messages.Count);
        var watch = Stopwatch.StartNew();
        for (var pass = 0; pass < 3 || watch.Elapsed < WarmUpTime; pass++)
        {
            discarded.Clear();
            TimeEachCall(messages, culture, recognize, discarded);
        }
    }

    private static void TimeEachCall(List<(string Text, DateTime Reference)> messages, string culture, Func<string, string, DateTime, int> recognize, List<double> microseconds)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var found = 0;
        foreach (var (text, reference) in messages)
        {
            var started = Stopwatch.GetTimestamp();
            found += recognize(text, culture, reference);
            microseconds.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        GC.KeepAlive(found);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
