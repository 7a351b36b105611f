namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// What a source is. Only the official kinds may be shown to a user as a link (wechat-facts.md section L); the
/// others are shown as a plain description of what they are.
/// </summary>
public enum SourceKind
{
    /// <summary>A statute, regulation or judicial interpretation (or a mirror of its text).</summary>
    Statute,

    /// <summary>A court's own page.</summary>
    Court,

    /// <summary>A government or police site.</summary>
    Government,

    /// <summary>WeChat's or Tencent's own page.</summary>
    WechatOfficial,

    /// <summary>A university's own page.</summary>
    University,

    /// <summary>A mainstream news outlet, or its copy on a portal.</summary>
    News,

    /// <summary>A report of a court case on a site that is not the court's or a mainstream outlet's.</summary>
    CaseReport,

    /// <summary>WeChat's own screen text, as recorded in open-source code.</summary>
    WechatStrings,

    /// <summary>A relayed or translated customer-service answer.</summary>
    RelayedAnswer,

    /// <summary>An article on an ordinary website.</summary>
    WebArticle,

    /// <summary>A forum or community post.</summary>
    Forum,

    /// <summary>Open-source code.</summary>
    Code,

    /// <summary>An online encyclopedia.</summary>
    Encyclopedia,

    /// <summary>The maintainers' own note (for example, that no page was found).</summary>
    Note,
}

/// <summary>Which kinds are primary or official sources.</summary>
public static class SourceKinds
{
    public static bool IsOfficial(this SourceKind kind) =>
        kind is SourceKind.Statute or SourceKind.Court or SourceKind.Government or SourceKind.WechatOfficial or SourceKind.University or SourceKind.News;
}
