using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Host;

public class PlanContractJsonTests
{
    [Fact]
    public void ASituationWithUnknownDetails_WritesThemAsNulls_AndTheRecipientActionAsUnknown()
    {
        var plan = new RecoveryPlanContract(
            new SituationContract(null, null, null, null, RecipientAction.Unknown, null),
            [new PlanStepContract("check-status", "确认这笔钱现在的状态", null)]);

        var json = JsonNode.Parse(JsonSerializer.Serialize(new ReplyChannelData(null, plan), ProtocolJson.Options))!;

        var situation = json["recoveryPlan"]!["situation"]!.AsObject();
        Assert.Equal(["kind", "sentAt", "amount", "currency", "recipientAction", "reason"], situation.Select(p => p.Key));
        Assert.All(situation.Where(p => p.Key != "recipientAction"), p => Assert.Null(p.Value));
        Assert.Equal("unknown", situation["recipientAction"]!.GetValue<string>());
        Assert.Null(json["expecting"]);
    }

    [Fact]
    public void AKnownSituation_KeepsItsShape()
    {
        var sentAt = new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.FromHours(8));
        var plan = new RecoveryPlanContract(new SituationContract(PaymentKind.Transfer, sentAt, 500m, "CNY", RecipientAction.NotAccepted, Reason.Mistake), []);

        var json = JsonNode.Parse(JsonSerializer.Serialize(new ReplyChannelData(null, plan), ProtocolJson.Options))!;

        var situation = json["recoveryPlan"]!["situation"]!;
        Assert.Equal("transfer", situation["kind"]!.GetValue<string>());
        Assert.Equal("2026-11-22T20:00:00+08:00", situation["sentAt"]!.GetValue<string>());
        Assert.Equal(500m, situation["amount"]!.GetValue<decimal>());
        Assert.Equal("mistake", situation["reason"]!.GetValue<string>());
    }
}
