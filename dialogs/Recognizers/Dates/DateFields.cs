using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A calendar day as written, with the parts the user left out still open (11月20日 has no year, 29日 no month);
/// the second day of a range borrows them from the first ("6月1日-30日").
/// </summary>
internal sealed record DateFields(int? Year, int? Month, int Day)
{
    public DateFields Inherit(DateFields from) => new(Year ?? from.Year, Month ?? from.Month, Day);

    public string Timex => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Year is { } y ? y.ToString("0000", CultureInfo.InvariantCulture) : "XXXX")}-{(Month is { } m ? m.ToString("00", CultureInfo.InvariantCulture) : "XX")}-{Day:00}");

    /// <summary>The day(s) meant, seen from <paramref name="today"/>; none when it does not exist (2月30日).</summary>
    public DateCandidates Resolve(DateOnly today)
    {
        if (Year is { } year && Month is { } month)
        {
            return CalendarMath.IsValid(year, month, Day) ? DateCandidates.Single(new DateOnly(year, month, Day)) : DateCandidates.Unresolved(Timex);
        }

        if (Month is { } monthOnly)
        {
            var yearless = CalendarMath.YearlessCandidates(today, monthOnly, Day);
            return yearless is { } c ? DateCandidates.PastAndFuture(Timex, c.Past, c.Future) : DateCandidates.Unresolved(Timex);
        }

        var monthless = CalendarMath.MonthlessCandidates(today, Day);
        return monthless is { } m2 ? DateCandidates.PastAndFuture(Timex, m2.Past, m2.Future) : DateCandidates.Unresolved(Timex);
    }
}
