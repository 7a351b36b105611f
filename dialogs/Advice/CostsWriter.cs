using System.Text;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// The court costs block: filing fee, its halved forms, the preservation fee and the security a freeze
/// needs, computed from the amount with the schedules of knowledge/fees.yaml; and why small claims need
/// the other side's identity (no provincial figures: they are not verified). In a fraud case it first says that the
/// police come first and that a suit needs a known defendant.
/// </summary>
internal sealed class CostsWriter(KnowledgeBase knowledge)
{
    public const string Currency = "CNY";

    public string Render(TurnContext context)
    {
        var amount = context.State.Case.Amount;
        if (amount is null)
        {
            return context.T("costs.notYet");
        }

        if (amount.Currency != Currency)
        {
            return context.T("costs.foreignCurrency");
        }

        var costs = CourtCostEstimate.For(knowledge.Fees, amount.Value);
        var text = new StringBuilder();
        if (context.State.Case.Reason == Reason.Fraud)
        {
            // Restitution for fraud comes through the criminal case (反电信网络诈骗法 Art. 34); a suit needs a known defendant.
            text.Append(context.T("costs.fraudFirst")).Append('\n');
        }

        return text.Append(context.T("costs.header", ("amount", context.Display.Amount(amount))))
            .Append('\n').Append(context.T("costs.filing", ("fee", Yuan(context, costs.FilingFee)), ("simplified", Yuan(context, costs.FilingFeeSimplified))))
            .Append('\n').Append(context.T("costs.smallClaimsFee", ("smallClaims", Yuan(context, costs.FilingFeeSmallClaims))))
            .Append('\n').Append(context.T("costs.whoPays"))
            .Append('\n').Append(context.T(
                "costs.preservation",
                ("fee", Yuan(context, costs.PreservationFee)),
                ("cap", knowledge.Fees.PreservationFee.Cap is { } cap ? Yuan(context, cap) : string.Empty),
                ("preSuit", Yuan(context, costs.PreSuitSecurity)),
                ("inSuitShare", Percent(knowledge.Fees.InSuitSecurityMax.Value)),
                ("inSuit", Yuan(context, costs.InSuitSecurityMax))))
            .Append('\n').Append(context.T("costs.smallClaims"))
            .ToString();
    }

    /// <summary>The facts the costs block rests on, for "来源".</summary>
    public IReadOnlyList<string> Facts =>
        [.. knowledge.Fees.AllProvenance.SelectMany(p => p.Facts).Distinct(StringComparer.Ordinal)];

    private static string Yuan(TurnContext context, decimal value) => AdviceFormat.Yuan(context, value);

    private static string Percent(decimal share) => (share * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
