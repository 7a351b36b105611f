namespace RecoveryBot.Dialogs.Model;

/// <summary>How precisely the user gave the time of sending.</summary>
public enum SentAtPrecision
{
    /// <summary>A point in time ("三个小时前", "yesterday at 8pm").</summary>
    Exact,

    /// <summary>A stretch of a day ("昨天晚上", "九点多"); <see cref="RecoveryCase.SentAt"/> is its middle.</summary>
    Approximate,

    /// <summary>Only the day ("前天", "Nov 20"); <see cref="RecoveryCase.SentAt"/> is that day's noon.</summary>
    DayOnly,
}
