using System.Globalization;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>Turns times, amounts and enum values into the user's words, using the strings of their language.</summary>
internal sealed class DisplayFormatter(TextCatalog texts, Language language, UserClock clock)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// "今天 20:15", "明天 20:15", "11月20日 09:05" / "tomorrow at 20:15", "Nov 20 at 09:05". Moments more
    /// than a week away (a limitation period) show only the day: the hour would be false precision.
    /// </summary>
    public string Moment(DateTimeOffset moment)
    {
        var local = clock.ToLocal(moment);
        if (Math.Abs((local.Date - clock.LocalNow.Date).Days) > 7)
        {
            return Day(moment);
        }

        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        var key = (local.Date - clock.LocalNow.Date).Days switch
        {
            0 => "time.today",
            1 => "time.tomorrow",
            -1 => "time.yesterday",
            -2 => "time.dayBeforeYesterday",
            _ => "time.date",
        };
        return Format(key, ("time", time), ("date", DateOnly(local)));
    }

    /// <summary>The day alone, for times the user gave only as a day ("前天", "Nov 20").</summary>
    public string Day(DateTimeOffset moment)
    {
        var local = clock.ToLocal(moment);
        var key = (local.Date - clock.LocalNow.Date).Days switch
        {
            0 => "day.today",
            -1 => "day.yesterday",
            -2 => "day.dayBeforeYesterday",
            _ => "day.date",
        };
        return Format(key, ("date", DateOnly(local)));
    }

    public string SentAt(DateTimeOffset sentAt, SentAtPrecision precision) =>
        precision == SentAtPrecision.DayOnly ? Day(sentAt) : Moment(sentAt);

    public string Amount(Money money)
    {
        var value = language == Language.EnUs
            ? money.Value.ToString("#,0.##", English)
            : money.Value.ToString("0.##", CultureInfo.InvariantCulture);
        var key = "amount." + money.Currency;
        return texts.Contains(key)
            ? Format(key, ("value", value))
            : Format("amount.other", ("value", value), ("currency", money.Currency));
    }

    public string Kind(PaymentKind kind) => texts.Get("kind." + Camel(kind));

    /// <summary>What the recipient did, in the words that fit the payment ("对方还没领" for a red packet).</summary>
    public string RecipientAction(RecipientAction action, PaymentKind? kind)
    {
        var specific = $"recipientAction.{QuestionFamily.KeySuffix(kind)}.{Camel(action)}";
        return texts.Contains(specific) ? texts.Get(specific) : texts.Get("recipientAction." + Camel(action));
    }

    public string Reason(Reason reason) => texts.Get("reason." + Camel(reason));

    public string SlotName(Slot slot) => texts.Get("slot." + Camel(slot));

    public string Format(string key, params (string Name, string Value)[] args) =>
        texts.Format(key, args.ToDictionary(a => a.Name, a => a.Value));

    public static string Camel<T>(T value)
        where T : struct, Enum => WireNames.Of(value);

    private string DateOnly(DateTimeOffset local)
    {
        var sameYear = local.Year == clock.LocalNow.Year;
        return language == Language.EnUs
            ? local.ToString(sameYear ? "MMM d" : "MMM d, yyyy", English)
            : local.ToString(sameYear ? "M月d日" : "yyyy年M月d日", CultureInfo.InvariantCulture);
    }
}
