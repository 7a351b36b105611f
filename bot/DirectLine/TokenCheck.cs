namespace RecoveryBot.Bot.DirectLine;

/// <summary>The outcome of checking a presented token: valid (with its grant), or why not.</summary>
public sealed record TokenCheck(TokenCheckStatus Status, DirectLineToken? Token = null)
{
    public static TokenCheck Invalid { get; } = new(TokenCheckStatus.Invalid);

    public static TokenCheck Expired { get; } = new(TokenCheckStatus.Expired);

    public bool IsValid => Status == TokenCheckStatus.Valid;
}
