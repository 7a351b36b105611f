using System.Diagnostics;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Bench;

/// <summary>
/// The first recognizer calls of a fresh process (type loading and JIT included): run it as its own process.
/// Prints each model's first call per culture, the total, and the time since the process started.
/// </summary>
internal static class RecognizerFirstCall
{
    public static void Run()
    {
        var total = Stopwatch.StartNew();
        foreach (var culture in (string[])[RecognizerCulture.Chinese, RecognizerCulture.English])
        {
            var sentence = RecognizerSentences.For(culture)[0];
            Time($"number   {culture}", () => Recognizer.RecognizeNumber(sentence, culture).Count);
            Time($"currency {culture}", () => Recognizer.RecognizeCurrency(sentence, culture).Count);
            Time($"datetime {culture}", () => Recognizer.RecognizeDateTime(sentence, culture, RecognizerSentences.Reference).Count);
        }

        using var process = Process.GetCurrentProcess();
        var sinceStart = TimeProvider.System.GetLocalNow().DateTime - process.StartTime;
        Console.WriteLine($"first calls of all three models in both cultures: {total.Elapsed.TotalMilliseconds:F1} ms; process start to here: {sinceStart.TotalMilliseconds:F0} ms");
    }

    private static void Time(string label, Func<int> call)
    {
        var watch = Stopwatch.StartNew();
        var count = call();
        Console.WriteLine($"{label}: first call {watch.Elapsed.TotalMilliseconds:F1} ms ({count} results)");
    }
}
