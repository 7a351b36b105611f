namespace RecoveryBot.Dialogs.Advice;

/// <summary>Questions about the advice the user can ask at any point; each is answered, then the current question is asked again.</summary>
internal enum AdviceRequest
{
    /// <summary>"为什么?" — the reasoning behind the current step or question.</summary>
    Why,

    /// <summary>"来源" — the facts behind it, with their sources and confidence.</summary>
    Sources,

    /// <summary>"要准备" — what to have ready for the current step.</summary>
    Bring,

    /// <summary>"如果不行" — what happens next in the current step, and what to do if it fails.</summary>
    IfFails,

    /// <summary>"文书" — the documents that fit the situation.</summary>
    Documents,

    /// <summary>"证据清单" — the evidence checklist and what is left.</summary>
    Checklist,

    /// <summary>"期限" — the deadlines that apply, in local time.</summary>
    Deadlines,

    /// <summary>"费用" — what a lawsuit would cost for this amount.</summary>
    Costs,
}
