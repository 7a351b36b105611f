namespace RecoveryBot.Bot.DirectLine;

public enum TokenCheckStatus
{
    Valid,

    /// <summary>Malformed, forged, signed with another key, or of the wrong scope.</summary>
    Invalid,

    /// <summary>Genuine, but past its expiry.</summary>
    Expired,
}
