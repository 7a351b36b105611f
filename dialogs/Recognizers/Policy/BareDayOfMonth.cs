using RecoveryBot.Dialogs.Recognizers.Dates;

namespace RecoveryBot.Dialogs.Recognizers.Policy;

/// <summary>
/// "12号" said alone ("12号那天转了500"): upstream's date/time model leaves it out, but the bot needs the day. It reads as
/// the 12th of this or a nearby month; the time policy then takes the most recent past reading. Numbers of lines,
/// buildings or seats ("3号线", "12号楼") are not days.
/// </summary>
internal static class BareDayOfMonth
{
    private const string NotDayFollowers = "线楼房床车门机窗桌位座院码台口馆厅室仓箱柜道街路";

    public static List<DateTimeEntity> Find(string text, DateTime reference, List<DateTimeEntity> times)
    {
        var found = new List<DateTimeEntity>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('号' or '號') || i == 0)
            {
                continue;
            }

            var start = i;
            while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || "一二三四五六七八九十两".Contains(text[start - 1], StringComparison.Ordinal)))
            {
                start--;
            }

            if (start == i || (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '月' or '第'))
                || (i + 1 < text.Length && NotDayFollowers.Contains(text[i + 1], StringComparison.Ordinal))
                || !ChineseSmallNumber.TryRead(text, start, out var numberEnd, out var day) || numberEnd != i || day is < 1 or > 31)
            {
                continue;
            }

            var span = TextSpan.FromBounds(start, i + 1);
            if (times.Exists(t => t.Span.Overlaps(span)))
            {
                continue;
            }

            var days = new DateFields(null, null, day).Resolve(DateOnly.FromDateTime(reference));
            if (days.IsResolved)
            {
                found.Add(EntityBuilder.DateOnly(span, days));
            }
        }

        return found;
    }
}
