using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers.Currency;
using RecoveryBot.Dialogs.Recognizers.Dates;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Policy;

/// <summary>
/// The bot policy of CONTRACT §3: reads the amount and the time of a payment from one message.
/// <list type="bullet">
/// <item>Money and a date/time that overlap: the longer wins, a tie goes to the date/time (10分钟前 is a time).</item>
/// <item>Amount: the first money with a value (毛/角 ×0.1, 分 ×0.01 CNY; a bare $ is USD); else a bare number in
/// money context (转了两千, 发了520的红包) as CNY; else, when the bot has just asked how much, the largest bare number.</item>
/// <item>Time: the first date/time that is not a duration or a set; of its readings the latest that starts at or
/// before the reference time (the past reading of anything ambiguous), else the first. A bare number is never read
/// as a year here ("I sent 2000 to him"), nor a bare "now"/现在 (the present state, not the time of sending).</item>
/// <item>Phone, card and account numbers and verification codes (<see cref="SecretDigits"/>) are neither amounts nor
/// times.</item>
/// </list>
/// </summary>
public static class SituationExtractor
{
    private const string DefaultCurrency = "CNY";

    /// <param name="text">The user's message.</param>
    /// <param name="culture">"zh-cn" or "en-us".</param>
    /// <param name="referenceLocal">The user's local wall-clock time when they wrote (Kind Unspecified).</param>
    /// <param name="amountExpected">The bot has just asked for the amount, so a bare number ("500", "两千五") is one.</param>
    public static ExtractedSituation Extract(string text, string culture, DateTime referenceLocal, bool amountExpected = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var language = RecognizerCulture.Parse(culture);
        if (text.Length == 0)
        {
            return ExtractedSituation.Nothing;
        }

        var reading = Read(text, language, referenceLocal);
        var (amount, amountSpan) = ChooseAmount(reading, amountExpected);
        var sentAt = ChooseTime(reading.Times, referenceLocal);

        var consumed = new List<TextSpan>(2);
        if (amountSpan is { } a)
        {
            consumed.Add(a);
        }

        if (sentAt is not null)
        {
            consumed.Add(sentAt.Span);
        }

        consumed.Sort((x, y) => x.Start.CompareTo(y.Start));
        return new ExtractedSituation(amount, amountSpan, sentAt, consumed);
    }

    /// <summary>
    /// The entities the bot works from, in Recognizers-Text's result shape: money (a bare number in money context
    /// counts as yuan), numbers, and dates/times other than bare numbers; overlaps resolved as in <see cref="Extract"/>.
    /// </summary>
    public static IReadOnlyList<ModelResult> Entities(string text, string culture, DateTime referenceLocal)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reading = Read(text, RecognizerCulture.Parse(culture), referenceLocal);
        var results = new List<ModelResult>();
        results.AddRange(reading.Currencies.Select(c => CurrencyRecognizer.ToResult(text, c)));
        results.AddRange(reading.Numbers.Select(n => NumberRecognizer.ToResult(text, n)));
        results.AddRange(reading.Times.Select(t => DateTimeRecognizer.ToResult(text, AsTheBotReadsIt(t))));
        results.Sort((x, y) => x.Start.CompareTo(y.Start));
        return results;
    }

    /// <summary>
    /// A part of the day resolved to the hours the bot means (凌晨 00-06, 晚上 18-24) instead of upstream's (TMO 08-12,
    /// TEV 16-20), so what the bot takes from a message is what it is measured on.
    /// </summary>
    private static DateTimeEntity AsTheBotReadsIt(DateTimeEntity entity)
    {
        if (entity.Kind is not (DateTimeSubtype.TimeRange or DateTimeSubtype.DateTimeRange) || entity.Values.Count != entity.Readings.Count
            || !entity.Values.All(v => NamesAPartOfTheDay(v.Timex) && v.Mod is null && v.Start is not null && v.End is not null))
        {
            return entity;
        }

        var values = new List<DateTimeValue>(entity.Values.Count);
        for (var k = 0; k < entity.Values.Count; k++)
        {
            values.Add(entity.Values[k] with { Start = entity.Readings[k].Start, End = entity.Readings[k].End });
        }

        return entity with { Values = values };
    }

    /// <summary>"TMO", "2024-11-19TEV", "XXXX-WXX-5TNI": a timex that ends in a part of the day.</summary>
    private static bool NamesAPartOfTheDay(string timex)
    {
        var t = timex.LastIndexOf('T');
        return t >= 0 && timex.Length - t >= 3 && timex.AsSpan(t + 1).IndexOfAnyExceptInRange('A', 'Z') < 0;
    }

    private sealed record MessageReading(string Text, Language Language, List<CurrencyMatch> Currencies, List<DateTimeEntity> Times, List<NumberMatch> Numbers);

    private static MessageReading Read(string text, Language language, DateTime reference)
    {
        var currencies = CurrencyRecognizer.Find(text, language);
        var times = DateTimeRecognizer.Find(text, language, reference);
        times.RemoveAll(t => IsBareNumber(text, t.Span) || IsThePresent(t));
        if (language == Language.ZhCn)
        {
            times.AddRange(BareDayOfMonth.Find(text, reference, times));
            times.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        }

        var secrets = SecretDigits.Find(text);
        currencies.RemoveAll(c => secrets.Exists(x => x.Overlaps(c.Span)));
        times.RemoveAll(t => secrets.Exists(x => x.Overlaps(t.Span)));
        ResolveOverlaps(currencies, times);

        var numbers = NumberRecognizer.Find(text, language);
        numbers.RemoveAll(n => secrets.Exists(x => x.Overlaps(n.Span)));
        foreach (var number in numbers)
        {
            var free = number.Value > 0 && !times.Exists(t => t.Span.Overlaps(number.Span)) && !currencies.Exists(c => c.Span.Overlaps(number.Span));
            if (free && MoneyContext.IsMoney(text, number.Span, language))
            {
                currencies.Add(new CurrencyMatch(number.Span, number.Value, CurrencyUnit.ChineseYuan));
            }
        }

        currencies.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        CountTimesPrice.Combine(text, numbers, currencies, times, language);
        IntendedAmount.SetAside(text, currencies, numbers, times, language);
        return new MessageReading(text, language, currencies, times, numbers);
    }

    /// <summary>"I sent 2000 to him": a number that could be a year is, in a payment, more likely an amount.</summary>
    private static bool IsBareNumber(string text, TextSpan span)
    {
        foreach (var c in text.AsSpan(span.Start, span.Length))
        {
            if (!char.IsDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "现在联系不上了", "now he won't answer", "right now it shows received": a bare "now" describes how things stand
    /// as the user writes, not when the money left ("刚刚", "just now" still do).
    /// </summary>
    private static bool IsThePresent(DateTimeEntity entity) =>
        entity.Values.Count > 0 && entity.Values.All(v => v.Timex == "PRESENT_REF");

    private static void ResolveOverlaps(List<CurrencyMatch> currencies, List<DateTimeEntity> times)
    {
        for (var c = currencies.Count - 1; c >= 0; c--)
        {
            var money = currencies[c];
            if (money.Value is null)
            {
                continue;
            }

            var moneyWins = true;
            for (var t = times.Count - 1; t >= 0; t--)
            {
                if (!money.Span.Overlaps(times[t].Span))
                {
                    continue;
                }

                if (money.Span.Length > times[t].Span.Length)
                {
                    times.RemoveAt(t);
                }
                else
                {
                    moneyWins = false;
                }
            }

            if (!moneyWins)
            {
                currencies.RemoveAt(c);
            }
        }
    }

    private static (Money? Amount, TextSpan? Span) ChooseAmount(MessageReading reading, bool amountExpected)
    {
        foreach (var money in reading.Currencies)
        {
            if (money.Value is { } value)
            {
                var unit = money.Unit;
                return (new Money(value * unit.ToMajor, unit.EffectiveIso ?? DefaultCurrency), money.Span);
            }
        }

        if (!amountExpected)
        {
            return (null, null);
        }

        NumberMatch? largest = null;
        foreach (var number in reading.Numbers)
        {
            var free = number.Value > 0 && !reading.Times.Exists(t => t.Span.Overlaps(number.Span)) && !reading.Currencies.Exists(c => c.Span.Overlaps(number.Span));
            if (free && (largest is null || number.Value > largest.Value.Value))
            {
                largest = number;
            }
        }

        return largest is { } n ? (new Money(n.Value, DefaultCurrency), n.Span) : (null, null);
    }

    private static TimeReading? ChooseTime(List<DateTimeEntity> times, DateTime reference)
    {
        foreach (var entity in times)
        {
            if (entity.Kind is DateTimeSubtype.Duration or DateTimeSubtype.Set || entity.Readings.Count == 0)
            {
                continue;
            }

            Reading? chosen = null;
            foreach (var reading in entity.Readings)
            {
                if (reading.Start <= reference && (chosen is null || reading.Start > chosen.Value.Start))
                {
                    chosen = reading;
                }
            }

            var r = chosen ?? entity.Readings[0];
            return new TimeReading(r.Start, r.End, r.HasTimeOfDay, entity.Span) { Likely = r.Likely, NamesOnlyTimeOfDay = entity.Kind is DateTimeSubtype.Time or DateTimeSubtype.TimeRange };
        }

        return null;
    }
}
