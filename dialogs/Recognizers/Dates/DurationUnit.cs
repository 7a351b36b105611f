namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>A unit of duration: its ISO 8601 letter, whether it sits after the "T", its length in seconds (a year of 365 days, a month of 30).</summary>
internal sealed record DurationUnit(char Letter, bool IsTimePart, decimal Seconds, int Order)
{
    public static readonly DurationUnit Year = new('Y', false, 31_536_000m, 0);
    public static readonly DurationUnit Month = new('M', false, 2_592_000m, 1);
    public static readonly DurationUnit Week = new('W', false, 604_800m, 2);
    public static readonly DurationUnit Day = new('D', false, 86_400m, 3);
    public static readonly DurationUnit Hour = new('H', true, 3_600m, 4);
    public static readonly DurationUnit Minute = new('M', true, 60m, 5);
    public static readonly DurationUnit Second = new('S', true, 1m, 6);
}
