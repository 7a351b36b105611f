namespace RecoveryBot.Dialogs.Conversation;

/// <summary>Starting over: a fresh case that keeps who the user is (language, clock, turn count, whether they want follow-ups).</summary>
internal static class ConversationReset
{
    public static ConversationState StartOver(ConversationState state) => ConversationState.New with
    {
        Phase = Phase.Collecting,
        Language = state.Language,
        UtcOffsetMinutes = state.UtcOffsetMinutes,
        TimeZone = state.TimeZone,
        TurnCount = state.TurnCount,
        FollowUpsOff = state.FollowUpsOff,
        LastFollowUpAt = state.LastFollowUpAt,
    };
}
