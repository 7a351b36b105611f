using System.Text.Json.Nodes;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Tests.Transcripts;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// Every message fits one phone screen (<see cref="MessageLength"/>: 350 characters in Chinese, 600 in English;
/// a document the user asked for aside), over every scenario set of the project: the situation files of
/// tools/situations walked through to the end of the plan with every detail asked at every step, the
/// corpus openings, the labelled understanding examples, and the recorded transcripts. (The dialog tests'
/// own conversations are checked by <see cref="ConversationTestClient"/> on every turn.)
/// </summary>
public class MessageLengthTests
{
    private static readonly string[] ExampleFiles = ["examples.jsonl", "examples-openings.jsonl"];

    public static TheoryData<string> SituationFiles => new() { "situations.jsonl", "holdout.jsonl", "voices.jsonl" };

    [Theory]
    [MemberData(nameof(SituationFiles))]
    public void SituationFile_EveryMessageOfTheWholeWalk_FitsOnePhoneScreen(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tools", "situations", file))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .ToList();
        var walks = lines.Select(line => MessageWalk.Through(
            line["locale"]!.GetValue<string>(),
            line["opening"]!.GetValue<string>(),
            line["answers"]?.AsObject().ToDictionary(p => Enum.Parse<Slot>(p.Key, ignoreCase: true), p => p.Value!.GetValue<string>())));

        AssertAllFit(walks.SelectMany(w => w));
    }

    [Fact]
    public void CorpusOpenings_EveryMessageOfTheWholeWalk_FitsOnePhoneScreen()
    {
        var walks = SituationCorpusTests.Openings.Select(row => MessageWalk.Through((string)row[0], (string)row[1], answers: null));

        AssertAllFit(walks.SelectMany(w => w));
    }

    [Fact]
    public void UnderstandingExamples_EveryAnswerAsAnOpening_FitsOnePhoneScreen()
    {
        var texts = ExampleFiles
            .SelectMany(file => File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tools", "understanding", file)))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .Select(l => (Locale: l["lang"]!.GetValue<string>() == "en" ? "en-US" : "zh-CN", Text: l["text"]!.GetValue<string>()));
        var replies = texts.SelectMany(t =>
        {
            var client = new ConversationTestClient(t.Locale, checkLength: false);
            return client.Send(t.Text).Select(r => new SeenReply(t.Text, r));
        });

        AssertAllFit(replies);
    }

    [Fact]
    public void Transcripts_EveryRecordedBotMessage_FitsOnePhoneScreen()
    {
        var replies = TranscriptFile.All()
            .Select(row => (string)row[0])
            .SelectMany(name => TranscriptFile.Read(name)
                .Where(a => TranscriptFile.IsFromBot(a) && a["type"]?.GetValue<string>() == "message")
                .Where(a => a["attachments"]?.AsArray().Any(f => f?["contentType"]?.GetValue<string>() == ReplyAttachment.PlainText) != true)
                .Select(a => new SeenReply(name, new BotReply(
                    a["text"]?.GetValue<string>() ?? string.Empty,
                    LanguageExtensions.FromTag(a["locale"]?.GetValue<string>()) ?? Language.ZhCn,
                    []))))
            .ToList();

        // The transcripts hold what the Emulator received: Markdown, counted without its markup.
        var tooLong = replies.Where(r => MessageLength.CountMarkdown(r.Reply.Text) > MessageLength.Limit(r.Reply.Language)).ToList();
        Assert.NotEmpty(replies);
        Assert.True(
            tooLong.Count == 0,
            $"{tooLong.Count} of {replies.Count} recorded messages are longer than one phone screen:\n\n" + string.Join("\n\n", tooLong.Take(3).Select(r => $"{r.After}:\n{r.Reply.Text}")));
    }

    private static void AssertAllFit(IEnumerable<SeenReply> replies)
    {
        var all = replies.ToList();
        var tooLong = all
            .Where(r => !MessageLength.Fits(r.Reply))
            .OrderByDescending(r => MessageLength.Count(r.Reply.Text))
            .ToList();

        Assert.NotEmpty(all);
        Assert.True(
            tooLong.Count == 0,
            $"{tooLong.Count} of {all.Count} messages are longer than one phone screen. After what: "
            + string.Join(", ", tooLong.GroupBy(r => r.After).OrderByDescending(g => g.Count()).Take(20).Select(g => $"\"{g.Key}\" ×{g.Count()} (≤{g.Max(r => MessageLength.Count(r.Reply.Text))})"))
            + "\n\nThe longest of each kind (by first line):\n\n"
            + string.Join("\n\n", tooLong.DistinctBy(r => r.Reply.Text.Split('\n')[0]).Take(12).Select(r => $"[{MessageLength.Count(r.Reply.Text)} > {MessageLength.Limit(r.Reply.Language)}] after \"{r.After}\":\n{r.Reply.Text}")));
    }
}

/// <summary>A bot message and what the user had just said.</summary>
internal sealed record SeenReply(string After, BotReply Reply);
