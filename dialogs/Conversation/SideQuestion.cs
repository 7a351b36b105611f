namespace RecoveryBot.Dialogs.Conversation;

/// <summary>A question asked on the way (lexicon group <c>questions</c>), answered before the pending question.</summary>
internal enum SideQuestion
{
    /// <summary>"我想起诉他", "can I sue".</summary>
    Sue,

    /// <summary>"怎么知道他的真实姓名", "how do I find out who he is".</summary>
    Identity,

    /// <summary>"你是真人吗", "are you a bot".</summary>
    Human,

    /// <summary>"能要回来吗", "will I get my money back".</summary>
    Chances,
}
