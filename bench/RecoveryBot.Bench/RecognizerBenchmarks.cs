using BenchmarkDotNet.Attributes;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Bench;

/// <summary>
/// The three recognizers on bot-like messages, one message per invocation, round-robin over
/// <see cref="RecognizerSentences"/>; <see cref="AllThree"/> is what one user turn costs.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private string[] _sentences = [];
    private int _next;

    [Params(RecognizerCulture.Chinese, RecognizerCulture.English)]
    public string Culture { get; set; } = RecognizerCulture.Chinese;

    [GlobalSetup]
    public void Setup() => _sentences = RecognizerSentences.For(Culture);

    [Benchmark]
    public int Number() => Recognizer.RecognizeNumber(NextSentence(), Culture).Count;

    [Benchmark]
    public int Currency() => Recognizer.RecognizeCurrency(NextSentence(), Culture).Count;

    [Benchmark]
    public int DateTime() => Recognizer.RecognizeDateTime(NextSentence(), Culture, RecognizerSentences.Reference).Count;

    [Benchmark]
    public int AllThree()
    {
        var sentence = NextSentence();
        return Recognizer.RecognizeNumber(sentence, Culture).Count
            + Recognizer.RecognizeCurrency(sentence, Culture).Count
            + Recognizer.RecognizeDateTime(sentence, Culture, RecognizerSentences.Reference).Count;
    }

    private string NextSentence() => _sentences[_next++ % _sentences.Length];
}
