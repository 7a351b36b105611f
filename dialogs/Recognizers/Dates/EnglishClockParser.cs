using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// English clock times: 8pm, 8 pm, 7p, 9.am, 3 p . m ., 8:30, 8.30pm, 7:56:30 pm, 8 o'clock, six pm, seven twenty-seven,
/// half past eight, 20 min past eight, quarter to nine, noon, 12 noon, midnight.
/// </summary>
internal static class EnglishClockParser
{
    private static readonly string[] Meridians = ["a . m .", "p . m .", "a.m.", "p.m.", "a.m", "p.m", "am", "pm"];

    private static readonly EnglishWordTable HourWords = new(
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12));

    private static readonly EnglishWordTable MinuteTens = new(("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50));

    private static readonly EnglishWordTable MinuteTeens = new(
        ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
        ("seventeen", 17), ("eighteen", 18), ("nineteen", 19));

    /// <param name="allowBare">Accept a bare hour ("at 8", "tonight around 7"), which elsewhere is just a number.</param>
    public static bool TryParse(string s, int i, bool allowBare, out int end, out ClockTime time)
    {
        end = i;
        time = null!;
        if (EnglishText.WordAt(s, i, "noon", out end) || EnglishText.WordAt(s, i, "midday", out end))
        {
            time = new ClockTime(12, 0, 0, TimePrecision.Hour, false);
            return true;
        }

        if (EnglishText.WordAt(s, i, "midnight", out end) || EnglishText.WordAt(s, i, "mid night", out end) || EnglishText.WordAt(s, i, "mid-night", out end))
        {
            time = new ClockTime(0, 0, 0, TimePrecision.Hour, false);
            return true;
        }

        if (TryPastOrTo(s, i, out end, out time))
        {
            return true;
        }

        if (!TryHour(s, i, out var j, out var hour, out var hourIsWord))
        {
            return false;
        }

        var minute = 0;
        var second = 0;
        var precision = TimePrecision.Hour;
        var hasColon = false;
        var separatorIsDot = false;
        if (!hourIsWord && j + 2 < s.Length && (s[j] == ':' || s[j] == '.') && TwoDigits(s, j + 1, out var m) && m <= 59)
        {
            hasColon = s[j] == ':';
            separatorIsDot = s[j] == '.';
            minute = m;
            precision = TimePrecision.Minute;
            j += 3;
            if (hasColon && j + 2 < s.Length && s[j] == ':' && TwoDigits(s, j + 1, out var sec) && sec <= 59)
            {
                second = sec;
                precision = TimePrecision.Second;
                j += 3;
            }
        }
        else if (!hourIsWord && j + 2 <= s.Length && hour <= 24 && j - i == 2 && s[i] == '0' && TwoDigits(s, j, out var glued) && glued <= 59 && IsRangeContext(s, i))
        {
            // "0730": four digits inside a range (upstream still offers 19:30 as well)
            minute = glued;
            precision = TimePrecision.Minute;
            hasColon = true;
            j += 2;
        }
        else if (hourIsWord && TryMinuteWords(s, EnglishText.SkipSpaces(s, j), out var minuteEnd, out var minuteWords))
        {
            minute = minuteWords;
            precision = TimePrecision.Minute;
            hasColon = true;
            j = minuteEnd;
        }

        var k = EnglishText.SkipSpaces(s, j);
        if (k < s.Length && s[k] == '.' && k + 1 < s.Length && s[k + 1] is 'a' or 'p')
        {
            k++; // "9.am"
        }

        if (TryMeridian(s, k, j, out var meridianEnd, out var pm))
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (pm ? 12 : 0);
            end = meridianEnd;
            time = new ClockTime(hour, minute, second, precision, false);
            return true;
        }

        if (separatorIsDot && (!allowBare || IsPercent(s, k)))
        {
            return false; // "8.30" without am/pm is a decimal number, unless "at 2.30" ("at 6.45 percent" is a rate)
        }

        if (EnglishText.WordAt(s, k, "o'clock", out var oclockEnd) || EnglishText.WordAt(s, k, "oclock", out oclockEnd) || EnglishText.WordAt(s, k, "o ' clock", out oclockEnd))
        {
            end = oclockEnd;
            time = new ClockTime(hour, 0, 0, TimePrecision.Hour, hour <= 12);
            return true;
        }

        if (EnglishText.WordAt(s, k, "noon", out var noonEnd) && hour == 12)
        {
            end = noonEnd;
            time = new ClockTime(12, 0, 0, TimePrecision.Hour, false);
            return true;
        }

        if (hasColon || allowBare)
        {
            if (hour > 24)
            {
                return false;
            }

            // Without am/pm, 12:30 is half past noon or half past midnight, as 8:30 is morning or evening.
            end = j;
            time = new ClockTime(hour, minute, second, precision, hour <= 12, AmbiguousWithDate: true, TwelveMeansMidnightToo: hour == 12);
            return true;
        }

        return false;
    }

    private static bool IsPercent(string s, int k) =>
        (k < s.Length && s[k] == '%') || EnglishText.WordAt(s, k, "percent") || EnglishText.WordAt(s, k, "per cent");

    /// <summary>"between 0730-0930", "between 0730 and 0930": glued four-digit times right after "between", or closing such a range.</summary>
    private static bool IsRangeContext(string s, int i)
    {
        var before = s.AsSpan(0, i).TrimEnd();
        var joiner = before.EndsWith("-", StringComparison.Ordinal) ? 1 : before.EndsWith(" and", StringComparison.Ordinal) ? 4 : 0;
        if (joiner > 0)
        {
            before = before[..^joiner].TrimEnd();
            before = before.Length >= 4 && !before[^4..].ContainsAnyExceptInRange('0', '9') ? before[..^4].TrimEnd() : [];
        }

        return before.EndsWith("between", StringComparison.Ordinal);
    }

    /// <summary>"pm", "p.m.", "7p" (glued), "3 p . m .".</summary>
    private static bool TryMeridian(string s, int k, int afterNumber, out int end, out bool pm)
    {
        pm = false;
        if (EnglishText.AnyWordAt(s, k, Meridians, out end, out var meridian))
        {
            pm = meridian[0] == 'p';
            return true;
        }

        if (k == afterNumber && k < s.Length && s[k] is 'a' or 'p' && (k + 1 >= s.Length || !char.IsAsciiLetter(s[k + 1])))
        {
            pm = s[k] == 'p';
            end = k + 1;
            return true;
        }

        end = k;
        return false;
    }

    /// <summary>"half past eight", "quarter to nine", "20 min past eight", "ten past six".</summary>
    private static bool TryPastOrTo(string s, int i, out int end, out ClockTime time)
    {
        end = i;
        time = null!;
        int minutes;
        int j;
        if (EnglishText.WordAt(s, i, "half", out j))
        {
            minutes = 30;
        }
        else if (EnglishText.WordAt(s, i, "a quarter", out j) || EnglishText.WordAt(s, i, "quarter", out j))
        {
            minutes = 15;
        }
        else if (TwoDigitsOrOne(s, i, out j, out minutes) || TryMinuteWords(s, i, out j, out minutes))
        {
            var u = EnglishText.SkipSpaces(s, j);
            var hasUnit = false;
            foreach (var unit in (ReadOnlySpan<string>)["minutes", "minute", "mins", "min"])
            {
                if (EnglishText.WordAt(s, u, unit, out var unitEnd))
                {
                    j = unitEnd;
                    hasUnit = true;
                    break;
                }
            }

            var k0 = EnglishText.SkipSpaces(s, j);
            if (!hasUnit && !EnglishText.WordAt(s, k0, "past"))
            {
                return false; // "5 to 6" is a range of hours; "10 past 9" is not
            }
        }
        else
        {
            return false;
        }

        var k = EnglishText.SkipSpaces(s, j);
        var past = EnglishText.WordAt(s, k, "past", out var directionEnd) || EnglishText.WordAt(s, k, "after", out directionEnd);
        if (!past && !EnglishText.WordAt(s, k, "to", out directionEnd) && !EnglishText.WordAt(s, k, "till", out directionEnd))
        {
            return false;
        }

        if (!TryHour(s, EnglishText.SkipSpaces(s, directionEnd), out end, out var hour, out _) || hour is < 1 or > 12 || minutes is < 1 or > 59)
        {
            return false;
        }

        var (h, m) = past ? (hour, minutes) : (hour == 1 ? 12 : hour - 1, 60 - minutes);

        time = new ClockTime(h, m, 0, TimePrecision.Minute, true);
        return true;
    }

    private static bool TryHour(string s, int i, out int end, out int hour, out bool isWord)
    {
        end = i;
        hour = 0;
        isWord = false;
        if (i < s.Length && ArabicNumberReader.IsDigit(s[i]))
        {
            while (end < s.Length && end - i < 2 && ArabicNumberReader.IsDigit(s[end]))
            {
                hour = (hour * 10) + (s[end] - '0');
                end++;
            }

            var longer = end < s.Length && ArabicNumberReader.IsDigit(s[end]);
            if (longer && end - i == 2 && s[i] == '0' && end + 2 <= s.Length && IsRangeContext(s, i))
            {
                return true;
            }

            return !longer && (i == 0 || !(ArabicNumberReader.IsDigit(s[i - 1]) || s[i - 1] is '.' or '/' or '$' && i > 1 && char.IsAsciiDigit(s[i - 2])));
        }

        if (HourWords.TryWordAt(s, i, out end, out hour))
        {
            isWord = true;
            return true;
        }

        return false;
    }

    /// <summary>"thirty", "twenty-seven", "fifteen", "o five".</summary>
    private static bool TryMinuteWords(string s, int i, out int end, out int minute)
    {
        end = i;
        minute = 0;
        if (i >= s.Length || s[i] is not ('t' or 'f' or 'e' or 's' or 'n'))
        {
            return false; // no minute word starts otherwise
        }

        if (EnglishOrdinals.TryDayWord(s, i, out _, out _))
        {
            return false;
        }

        if (MinuteTens.TryWordAt(s, i, out var tensEnd, out var tens))
        {
            minute = tens;
            end = tensEnd;
            var j = tensEnd < s.Length && s[tensEnd] == '-' ? tensEnd + 1 : EnglishText.SkipSpaces(s, tensEnd);
            if (HourWords.TryWordAt(s, j, out var unitEnd, out var unit) && unit < 10)
            {
                minute += unit;
                end = unitEnd;
            }

            return true;
        }

        if (MinuteTeens.TryWordAt(s, i, out end, out minute))
        {
            return true;
        }

        end = i;
        return false;
    }

    private static bool TwoDigitsOrOne(string s, int i, out int end, out int value)
    {
        end = i;
        value = 0;
        while (end < s.Length && end - i < 2 && ArabicNumberReader.IsDigit(s[end]))
        {
            value = (value * 10) + (s[end] - '0');
            end++;
        }

        return end > i && (end >= s.Length || !char.IsAsciiLetterOrDigit(s[end]));
    }

    private static bool TwoDigits(string s, int i, out int value)
    {
        value = 0;
        if (i + 1 >= s.Length || !ArabicNumberReader.IsDigit(s[i]) || !ArabicNumberReader.IsDigit(s[i + 1])
            || (i + 2 < s.Length && ArabicNumberReader.IsDigit(s[i + 2])))
        {
            return false;
        }

        value = ((s[i] - '0') * 10) + (s[i + 1] - '0');
        return true;
    }
}
