using System.Text.Json.Nodes;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Tests.Host;

public class TurnInputTests
{
    [Fact]
    public async Task Message_PassesTextLocaleAndLocalTimeToTheConversation()
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("我转错了", locale: "en-US")));

        var input = Assert.Single(app.Conversation.Inputs);
        Assert.Equal(InputKind.Message, input.Kind);
        Assert.Equal("我转错了", input.Text);
        Assert.Equal("en-US", input.LocaleHint);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.FromHours(8)), input.LocalTimestamp);
        Assert.Equal(TimeSpan.FromHours(8), input.LocalTimestamp!.Value.Offset);
        Assert.Equal("Asia/Shanghai", input.LocalTimezone);
    }

    [Theory]
    [InlineData("\"yesterday-ish\"")]
    [InlineData("12345")]
    [InlineData("{\"at\":1}")]
    [InlineData("null")]
    public async Task Message_WithUnparsableLocalTimestamp_IsProcessedWithoutIt(string localTimestamp)
    {
        await using var app = new BotApp();
        var activity = Inbound.ExpectReplies(Inbound.Message("hi"));
        activity["localTimestamp"] = JsonNode.Parse(localTimestamp);

        var response = await app.Client.PostAsync(activity);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(app.Conversation.Inputs).LocalTimestamp);
    }

    [Fact]
    public async Task CardSubmit_WithStringValueAndNoText_UsesTheValueAsText()
    {
        await using var app = new BotApp();
        var activity = Inbound.ExpectReplies(Inbound.Message(""));
        activity.Remove("text");
        activity["value"] = "转账";
        activity["channelData"] = new JsonObject { ["postBack"] = true };

        await app.Client.PostAsync(activity);

        Assert.Equal("转账", Assert.Single(app.Conversation.Inputs).Text);
    }

    [Fact]
    public async Task CardSubmit_WithObjectValueAndNoText_PassesNoText()
    {
        await using var app = new BotApp();
        var activity = Inbound.ExpectReplies(Inbound.Message(""));
        activity.Remove("text");
        activity["value"] = new JsonObject { ["amount"] = 500 };

        var response = await app.Client.PostAsync(activity);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(app.Conversation.Inputs).Text);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("cardAction")]
    public async Task CardSubmit_WhoseDataCarriesAnImBack_UsesItsValueAsText(string dialect)
    {
        await using var app = new BotApp();
        var activity = Inbound.ExpectReplies(Inbound.Message(""));
        activity.Remove("text");
        activity["value"] = new JsonObject { [dialect] = new JsonObject { ["type"] = "imBack", ["value"] = "如果不行呢？" } };

        await app.Client.PostAsync(activity);

        Assert.Equal("如果不行呢？", Assert.Single(app.Conversation.Inputs).Text);
    }

    [Fact]
    public async Task Message_LongerThanTheLimit_IsCutToTheLimit()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Bot:MaxTextLength"] = "10" });

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("我转错了500块钱给一个陌生人")));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var input = Assert.Single(app.Conversation.Inputs);
        Assert.Equal("我转错了500块钱给", input.Text);
        Assert.True(input.Truncated);
    }

    [Fact]
    public async Task Message_WithinTheDefaultLimit_IsHandedOverWhole()
    {
        await using var app = new BotApp();
        var text = new string('啊', TurnInput.DefaultMaxTextLength);

        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(text)));

        var input = Assert.Single(app.Conversation.Inputs);
        Assert.Equal(text, input.Text);
        Assert.False(input.Truncated);
    }

    [Fact]
    public async Task Message_LongerThanTheLimit_IsNeverCutInsideASurrogatePair()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Bot:MaxTextLength"] = "4" });

        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("abc😀def")));

        Assert.Equal("abc", Assert.Single(app.Conversation.Inputs).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200b\u200d")]
    [InlineData("👨‍👩‍👧 ¥500 \u0000 ﷽")]
    [InlineData("\u202eRTL override")]
    public async Task Message_WithEmptyOrOddText_GetsAReply(string text)
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(text)));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await response.ReadRepliesAsync());
    }
}
