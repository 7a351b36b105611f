using System.Globalization;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>
/// The reading of CONTRACT.md §3 (the one the scorer applies): a currency result and an overlapping datetime result
/// keep the longer span (ties: datetime); the amount is the first currency result with a value; the time is the first
/// datetime result that is not a duration or a set, its latest value that starts at or before "now", else its first;
/// a bare time of day goes on the reference day, or the day before when that would be in the future.
/// </summary>
public static class ContractReader
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm:ss";
    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static ContractReading Read(IReadOnlyList<ModelResult> currency, IReadOnlyList<ModelResult> dateTimes, DateTime reference)
    {
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentNullException.ThrowIfNull(dateTimes);
        var amounts = currency.Where(c => c.Resolution.GetValueOrDefault("value") is string).ToList();
        var times = dateTimes.ToList();
        foreach (var amount in amounts.ToList())
        {
            foreach (var time in times.Where(t => Overlap(amount, t)).ToList())
            {
                if (amount.End - amount.Start > time.End - time.Start)
                {
                    times.Remove(time);
                }
                else
                {
                    amounts.Remove(amount);
                }
            }
        }

        var firstAmount = amounts.OrderBy(a => a.Start).Select(ReadAmountOf).FirstOrDefault();
        var firstTime = times
            .OrderBy(t => t.Start)
            .Where(t => t.TypeName is not ("datetimeV2.duration" or "datetimeV2.set"))
            .Select(t => ReadTimeOf(t, reference))
            .FirstOrDefault(t => t is not null);
        return new ContractReading(firstAmount, firstTime);
    }

    private static bool Overlap(ModelResult a, ModelResult b) => a.Start <= b.End && b.Start <= a.End;

    private static ReadAmount ReadAmountOf(ModelResult result)
    {
        var value = decimal.Parse((string)result.Resolution["value"]!, NumberStyles.Float, CultureInfo.InvariantCulture);
        var iso = result.Resolution.GetValueOrDefault("isoCurrency") as string;
        return (result.Resolution.GetValueOrDefault("unit") as string)?.ToUpperInvariant() switch
        {
            "JIAO" => new ReadAmount(value / 10, "CNY"),
            "FEN" => new ReadAmount(value / 100, "CNY"),
            "DOLLAR" => new ReadAmount(value, "USD"),
            _ => new ReadAmount(value, iso),
        };
    }

    private static ReadTime? ReadTimeOf(ModelResult result, DateTime reference)
    {
        if (result.Resolution.GetValueOrDefault("values") is not IEnumerable<IReadOnlyDictionary<string, string>> values)
        {
            return null;
        }

        var readings = values.Select(v => ReadValue(v, reference)).OfType<ReadTime>().ToList();
        var past = readings.Where(r => r.Start <= reference).ToList();
        return past.Count > 0 ? past.MaxBy(r => r.Start) : readings.FirstOrDefault();
    }

    private static ReadTime? ReadValue(IReadOnlyDictionary<string, string> value, DateTime reference)
    {
        if (value.TryGetValue("value", out var point))
        {
            return Parse(point) switch
            {
                (DateTime day, DateFormat) => new ReadTime(day, day.AddDays(1)),
                (DateTime clock, TimeFormat) => OnLatestPastDay(clock, clock, reference),
                (DateTime moment, _) => new ReadTime(moment, moment),
                _ => null,
            };
        }

        var (start, startFormat) = value.TryGetValue("start", out var s) ? Parse(s) : (null, null);
        var (end, endFormat) = value.TryGetValue("end", out var e) ? Parse(e) : (null, null);
        if (startFormat == TimeFormat || endFormat == TimeFormat)
        {
            return start is { } clockStart ? OnLatestPastDay(clockStart, end ?? clockStart, reference) : null;
        }

        return (start ?? end) is { } from ? new ReadTime(from, end ?? from) : null;
    }

    /// <summary>A time of day (or a stretch of one) on the reference day, or the day before when it would start in the future.</summary>
    private static ReadTime OnLatestPastDay(DateTime start, DateTime end, DateTime reference)
    {
        var from = reference.Date + start.TimeOfDay;
        var to = reference.Date + end.TimeOfDay;
        if (to < from)
        {
            to = to.AddDays(1);
        }

        return from > reference ? new ReadTime(from.AddDays(-1), to.AddDays(-1)) : new ReadTime(from, to);
    }

    private static (DateTime? Value, string? Format) Parse(string text)
    {
        foreach (var format in (string[])[DateTimeFormat, DateFormat, TimeFormat])
        {
            if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return (parsed, format);
            }
        }

        return (null, null);
    }
}
