namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>
/// One check of the turn pipeline, run in a fixed order before the stage of the phase: a crisis, a
/// secret, a risk, a command, a question about the advice, small talk, a question on the way.
/// </summary>
internal interface ITurnInterrupt
{
    /// <summary>
    /// Answers the message if it is this interrupt's kind. True ends the turn; false lets the next check
    /// (and in the end the stage) see the message, possibly after this one has said something.
    /// </summary>
    bool TryHandle(TurnContext context);
}
