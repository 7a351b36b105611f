namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>Thrown by <see cref="KnowledgeBase.Load"/> with every problem found, not just the first.</summary>
public sealed class KnowledgeValidationException : Exception
{
    public KnowledgeValidationException()
        : this([])
    {
    }

    public KnowledgeValidationException(string message)
        : this([new KnowledgeError("", 0, message)])
    {
    }

    public KnowledgeValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new KnowledgeError("", 0, message)];
    }

    public KnowledgeValidationException(IReadOnlyList<KnowledgeError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<KnowledgeError> Errors { get; }

    private static string Describe(IReadOnlyList<KnowledgeError> errors) =>
        $"The knowledge folder has {errors.Count} error(s):" + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
}
