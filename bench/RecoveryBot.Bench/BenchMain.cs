using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RecoveryBot.Bot.Storage;

namespace RecoveryBot.Bench;

/// <summary>Commands: <c>turn</c> and <c>recognizers</c> (BenchmarkDotNet), <c>recognizers-first</c>, <c>recognizers-vs-reference</c>, <c>oracle</c>, <c>inproc</c>, <c>load</c>, <c>coldstart</c>; <c>serve-bot</c>/<c>serve-floor</c> are started by <c>load</c>.</summary>
internal static class BenchMain
{
    private const string Usage = """
        usage: RecoveryBot.Bench turn                       BenchmarkDotNet: one whole in-process turn (SQLite and memory store)
               RecoveryBot.Bench inproc [--seconds 5] [--concurrency 1] [--memory-store]
                                                            in-process turn latency distribution (p50/p99), SQLite store
               RecoveryBot.Bench load [--seconds 10] [--conversations 8] [--quiet-bot] [--memory-store]
                                                            HTTP load: the bot vs a bare Kestrel endpoint
               RecoveryBot.Bench coldstart [--runs 5]       process start to the first reply to a real message
               RecoveryBot.Bench recognizers                BenchmarkDotNet: number, currency, date/time and all three on bot-like messages
               RecoveryBot.Bench recognizers-first          the first recognizer calls of this (fresh) process, JIT included
               RecoveryBot.Bench recognizers-vs-reference [--rounds 7]
                                                            ours vs Microsoft Recognizers-Text 1.8.13, same messages, same run: µs per call
               RecoveryBot.Bench oracle [--seed 6] [--count 250]
                                                            ours vs the reference library on generated messages (per culture): every difference
        """;

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "turn":
                var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10));
                BenchmarkRunner.Run<TurnBenchmarks>(config, args[1..]);
                return 0;
            case "recognizers":
                var recognizerConfig = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10));
                BenchmarkRunner.Run<RecognizerBenchmarks>(recognizerConfig, args[1..]);
                return 0;
            case "recognizers-first":
                RecognizerFirstCall.Run();
                return 0;
            case "recognizers-vs-reference":
                RecognizersVersusReference.Run(Option(args, "--rounds", 7));
                return 0;
            case "oracle":
                return OracleReport.Run(Option(args, "--seed", 6), Option(args, "--count", 250));
            case "inproc":
                await InProcessLatency.RunAsync(TimeSpan.FromSeconds(Option(args, "--seconds", 5)), args.Contains("--memory-store") ? StorageKind.Memory : StorageKind.Sqlite, Option(args, "--concurrency", 1));
                return 0;
            case "load":
                await HttpLoad.RunAsync(TimeSpan.FromSeconds(Option(args, "--seconds", 10)), Option(args, "--conversations", 8), args.Contains("--quiet-bot"), args.Contains("--memory-store") ? "memory" : "sqlite");
                return 0;
            case "coldstart":
                await ColdStart.RunAsync(Option(args, "--runs", 5));
                return 0;
            case "serve-bot":
                return RunBotEntryPoint(args[1..]);
            case "serve-floor":
                await FloorServer.RunAsync(args[1..]);
                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>Runs the bot's own <c>Program</c>, so the load test measures exactly what operators run.</summary>
    private static int RunBotEntryPoint(string[] args)
    {
        var entryPoint = typeof(global::Program).Assembly.EntryPoint ?? throw new InvalidOperationException("the bot assembly has no entry point");
        try
        {
            return entryPoint.Invoke(null, [args]) is int exitCode ? exitCode : 0;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            Console.Error.WriteLine(exception.InnerException);
            return 1;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
