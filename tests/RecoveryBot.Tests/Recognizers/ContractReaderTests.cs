using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Recognizers.Oracle;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>The oracle's reading of results (CONTRACT §3), which both ours and the reference go through.</summary>
public class ContractReaderTests
{
    private static readonly DateTime Now = new(2024, 11, 20, 15, 30, 0, DateTimeKind.Unspecified);

    private static ModelResult Currency(int start, int end, string value, string unit, string? iso) =>
        new("x", start, end, "currency", new Dictionary<string, object?> { ["value"] = value, ["unit"] = unit, ["isoCurrency"] = iso });

    /// <summary>A date/time result whose readings have only a <c>value</c> each (a moment, a day, a time of day, seconds).</summary>
    private static ModelResult DateTime(int start, int end, string type, params string[] values) =>
        new("x", start, end, "datetimeV2." + type, new Dictionary<string, object?>
        {
            ["values"] = values.Select(v => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["value"] = v }).ToList(),
        });

    [Fact]
    public void MinorUnit_IsScaledToYuan()
    {
        var reading = ContractReader.Read([Currency(0, 1, "5", "Jiao", null)], [], Now);

        Assert.Equal(new ReadAmount(0.5m, "CNY"), reading.Amount);
    }

    [Fact]
    public void OverlappingCurrencyAndTime_KeepTheLongerSpan()
    {
        var minutesAgo = DateTime(0, 5, "datetime", "2024-11-20 15:20:00");

        var reading = ContractReader.Read([Currency(0, 2, "10", "Fen", null)], [minutesAgo], Now);

        Assert.Null(reading.Amount);
        Assert.Equal(new ReadTime(Now.AddMinutes(-10), Now.AddMinutes(-10)), reading.Time);
    }

    [Fact]
    public void TimeOfDayStillAhead_IsPutOnTheDayBefore()
    {
        var eightPm = DateTime(0, 3, "time", "20:00:00");

        var reading = ContractReader.Read([], [eightPm], Now);

        Assert.Equal(new ReadTime(Now.Date.AddHours(-4), Now.Date.AddHours(-4)), reading.Time);
    }

    [Fact]
    public void AmbiguousTime_IsReadAtItsLatestPastMoment()
    {
        var eight = DateTime(0, 1, "time", "08:00:00", "20:00:00");

        var reading = ContractReader.Read([], [eight], Now);

        Assert.Equal(new ReadTime(Now.Date.AddHours(8), Now.Date.AddHours(8)), reading.Time);
    }

    [Fact]
    public void DurationsAndSets_AreNoTime()
    {
        var duration = DateTime(0, 3, "duration", "3600");

        var reading = ContractReader.Read([], [duration], Now);

        Assert.Null(reading.Time);
    }
}
