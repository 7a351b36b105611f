using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>English clock times: 8pm, 8 pm, 8:30, 8:30 p.m., 8.30pm, 7:56:30 pm, 8 o'clock, six pm, noon, midnight.</summary>
internal static class EnglishClockParser
{
    private static readonly string[] Meridians = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"];

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

        if (EnglishText.WordAt(s, i, "midnight", out end))
        {
            time = new ClockTime(0, 0, 0, TimePrecision.Hour, false);
            return true;
        }

        if (!TryHour(s, i, out var j, out var hour))
        {
            return false;
        }

        var minute = 0;
        var second = 0;
        var precision = TimePrecision.Hour;
        var hasColon = false;
        var separatorIsDot = false;
        if (j + 2 < s.Length && (s[j] == ':' || s[j] == '.') && TwoDigits(s, j + 1, out var m) && m <= 59)
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

        var k = EnglishText.SkipSpaces(s, j);
        if (EnglishText.AnyWordAt(s, k, Meridians, out var meridianEnd, out var meridian))
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var pm = meridian[0] == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
            end = meridianEnd;
            time = new ClockTime(hour, minute, second, precision, false);
            return true;
        }

        if (separatorIsDot)
        {
            return false; // "8.30" without am/pm is a decimal number
        }

        if (EnglishText.WordAt(s, k, "o'clock", out var oclockEnd) || EnglishText.WordAt(s, k, "oclock", out oclockEnd))
        {
            end = oclockEnd;
            time = new ClockTime(hour, 0, 0, TimePrecision.Hour, hour <= 12);
            return true;
        }

        if (hasColon || allowBare)
        {
            if (hour > 24)
            {
                return false;
            }

            end = j;
            time = new ClockTime(hour, minute, second, precision, hour <= 12);
            return true;
        }

        return false;
    }

    private static bool TryHour(string s, int i, out int end, out int hour)
    {
        end = i;
        hour = 0;
        if (i < s.Length && ArabicNumberReader.IsDigit(s[i]))
        {
            while (end < s.Length && end - i < 2 && ArabicNumberReader.IsDigit(s[end]))
            {
                hour = (hour * 10) + (s[end] - '0');
                end++;
            }

            return !(end < s.Length && ArabicNumberReader.IsDigit(s[end])) && (i == 0 || !ArabicNumberReader.IsDigit(s[i - 1]));
        }

        foreach (var (word, value) in HourWords)
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                hour = value;
                return true;
            }
        }

        return false;
    }

    private static readonly (string Word, int Value)[] HourWords =
    [
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ];

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
