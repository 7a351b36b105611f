using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>The advice blocks built from the knowledge once and shared by the plan presenter and the advice desk.</summary>
internal sealed class AdviceWriters
{
    public AdviceWriters(KnowledgeBase knowledge)
    {
        Checklist = new EvidenceChecklist(knowledge);
        Costs = new CostsWriter(knowledge);
        Deadlines = new DeadlinesWriter(knowledge);
        Documents = new DocumentDesk(knowledge, Checklist);
        Sources = new SourcesWriter(knowledge);
    }

    public EvidenceChecklist Checklist { get; }

    public CostsWriter Costs { get; }

    public DeadlinesWriter Deadlines { get; }

    public DocumentDesk Documents { get; }

    public SourcesWriter Sources { get; }
}
