namespace RecoveryBot.Dialogs.Conversation;

/// <summary>A message that is only small talk (lexicon group <c>smallTalk</c>); answered in a line.</summary>
internal enum SmallTalk
{
    Thanks,
    Greeting,

    /// <summary>"在吗", "hello?", "?" or emoji alone: checking that someone is there.</summary>
    Ping,
}
