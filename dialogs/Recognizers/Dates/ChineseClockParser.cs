using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Chinese clock times: 九点, 九点半, 一点零五分, 五点一刻, 16时40分50秒, 5:00, 九点多, 十点左右, 大约十点.</summary>
internal static class ChineseClockParser
{
    public static readonly string[] ApproximationPrefixes = ["大约", "大概", "约莫", "差不多", "约"];

    /// <summary>大约, 大概, 差不多: the time that follows is approximate (a part of the day may come between).</summary>
    public static bool TryApproximationPrefix(string s, int i, out int end)
    {
        foreach (var prefix in ApproximationPrefixes)
        {
            if (ChineseDateWords.StartsWith(s, i, prefix))
            {
                end = i + prefix.Length;
                return true;
            }
        }

        end = i;
        return false;
    }

    public static bool TryParse(string s, int i, out int end, out ClockTime time)
    {
        end = i;
        time = null!;
        var around = TryApproximationPrefix(s, i, out var j);

        if (!TryColonTime(s, j, out end, out time) && !TryHourMarkerTime(s, j, out end, out time))
        {
            return false;
        }

        if (ChineseDateWords.StartsWith(s, end, "左右"))
        {
            end += 2;
            around = true;
        }

        if (around)
        {
            time = time with { Approximation = ClockApproximation.Around };
        }

        return true;
    }

    /// <summary>5:00, 17:55:23.</summary>
    private static bool TryColonTime(string s, int i, out int end, out ClockTime time)
    {
        end = i;
        time = null!;
        if ((i > 0 && ArabicNumberReader.IsDigit(s[i - 1])) || !TryTwoDigits(s, i, out var hourEnd, out var hour) || hourEnd >= s.Length || s[hourEnd] != ':'
            || !TryTwoDigits(s, hourEnd + 1, out var minuteEnd, out var minute) || minuteEnd - hourEnd - 1 != 2 || hour > 24 || minute > 59)
        {
            return false;
        }

        end = minuteEnd;
        var second = 0;
        var precision = TimePrecision.Minute;
        if (end + 2 < s.Length && s[end] == ':' && TryTwoDigits(s, end + 1, out var secondEnd, out var sec) && secondEnd - end - 1 == 2 && sec <= 59)
        {
            second = sec;
            precision = TimePrecision.Second;
            end = secondEnd;
        }

        time = new ClockTime(hour, minute, second, precision, hour <= 12, AmbiguousWithDate: true, TwelveMeansMidnightToo: hour == 12);
        return true;
    }

    /// <summary>九点, 九点半, 九点二十, 九点二十分, 16时40分50秒, 九点多, 八点钟, 零点整.</summary>
    private static bool TryHourMarkerTime(string s, int i, out int end, out ClockTime time)
    {
        end = i;
        time = null!;
        if (!ChineseSmallNumber.TryRead(s, i, out var hourEnd, out var hour) || hour > 24 || hourEnd >= s.Length
            || s[hourEnd] is not ('点' or '點' or '时' or '時'))
        {
            return false;
        }

        if (IsNotAClock(s, i, hourEnd, hour))
        {
            return false;
        }

        end = hourEnd + 1;
        var minute = 0;
        var second = 0;
        var precision = TimePrecision.Hour;
        var approximation = ClockApproximation.None;
        if (ChineseDateWords.StartsWith(s, end, "半"))
        {
            minute = 30;
            precision = TimePrecision.Minute;
            end++;
        }
        else if (ChineseDateWords.StartsWith(s, end, "一刻") || ChineseDateWords.StartsWith(s, end, "三刻"))
        {
            minute = s[end] == '一' ? 15 : 45;
            precision = TimePrecision.Minute;
            end += 2;
        }
        else if (ChineseSmallNumber.TryRead(s, end, out var minuteEnd, out var m) && m <= 59 && !StartsDuration(s, minuteEnd))
        {
            minute = m;
            precision = TimePrecision.Minute;
            end = minuteEnd;
            if (end < s.Length && s[end] == '分')
            {
                end++;
                if (ChineseSmallNumber.TryRead(s, end, out var secondEnd, out var sec) && sec <= 59 && secondEnd < s.Length && s[secondEnd] == '秒')
                {
                    second = sec;
                    precision = TimePrecision.Second;
                    end = secondEnd + 1;
                }
            }
        }
        else if (ChineseDateWords.StartsWith(s, end, "多"))
        {
            approximation = ClockApproximation.HourAndMore;
            end++;
        }

        if (precision == TimePrecision.Hour && (ChineseDateWords.StartsWith(s, end, "钟") || ChineseDateWords.StartsWith(s, end, "整")))
        {
            end++;
        }

        time = new ClockTime(hour, minute, second, precision, hour <= 12, approximation);
        return true;
    }

    /// <summary>一点儿 ("a little"), 有一点, 三点水, 小时 ("hours") and the like use 点/时 without a clock.</summary>
    private static bool IsNotAClock(string s, int start, int markerIndex, int hour)
    {
        var after = markerIndex + 1 < s.Length ? s[markerIndex + 1] : ' ';
        if (s[markerIndex] is '点' or '點' && (after is '儿' or '兒' || (hour == 1 && after is '点' or '點')))
        {
            return true;
        }

        if (s[markerIndex] is '时' or '時' && after is '候' or '间' or '間' or '期' or '代' or '刻')
        {
            return true;
        }

        var before = start > 0 ? s[start - 1] : ' ';
        return hour == 1 && markerIndex - start == 1 && before is '有' or '一' or '差' or '快' or '慢' or '好';
    }

    /// <summary>"两点5个小时" is not 2:05: a count of something follows.</summary>
    private static bool StartsDuration(string s, int i) =>
        ChineseDateWords.StartsWith(s, i, "分钟") || ChineseDateWords.StartsWith(s, i, "小时")
        || (i < s.Length && s[i] is '个' or '天' or '年' or '月' or '周' or '次' or '岁');

    private static bool TryTwoDigits(string s, int i, out int end, out int value)
    {
        end = i;
        value = 0;
        while (end < s.Length && end - i < 2 && ArabicNumberReader.IsDigit(s[end]))
        {
            value = (value * 10) + (s[end] - '0');
            end++;
        }

        return end > i && !(end < s.Length && ArabicNumberReader.IsDigit(s[end]));
    }
}
