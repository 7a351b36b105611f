using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>A loaded rule and the line it starts on, for coverage and safety messages.</summary>
internal sealed record LocatedRule(DecisionRule Rule, int Line);

/// <summary>Loads knowledge/rules.yaml: the ordered decision rules.</summary>
internal static class RulesLoader
{
    public const string FileName = "rules.yaml";

    public static IReadOnlyList<LocatedRule> Load(string directory, IReadOnlyDictionary<string, Step> steps, KnowledgeErrors errors)
    {
        var rules = new List<LocatedRule>();
        if (YamlFile.Read(directory, FileName, errors) is not { } root)
        {
            return rules;
        }

        if (root is not YamlSequenceNode list || list.Children.Count == 0)
        {
            errors.Add(FileName, root, "expected a non-empty list of rules");
            return rules;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (MappingReader.From(item, FileName, errors, "rule") is { } reader && Read(reader, steps) is { } rule)
            {
                if (!ids.Add(rule.Id))
                {
                    reader.Error($"rule '{rule.Id}' is defined twice");
                }

                rules.Add(new LocatedRule(rule, reader.Line));
            }
        }

        return rules;
    }

    private static DecisionRule? Read(MappingReader reader, IReadOnlyDictionary<string, Step> steps)
    {
        var id = reader.Text("id");
        var matrix = reader.Text("matrix");
        var urgent = reader.Bool("urgent", required: false) ?? false;

        IReadOnlyList<PaymentKind> kinds = [];
        IReadOnlyList<RecipientAction> actions = [];
        IReadOnlyList<Reason> reasons = [];
        TimeWindow? window = null;
        var unknownKind = false;
        var unknownReason = false;
        var unknownWindow = false;
        if (reader.Map("when", required: true) is { } when)
        {
            kinds = ConditionReader.EnumList<PaymentKind>(when, "kind", allowUnknown: true, out unknownKind);
            actions = ConditionReader.EnumList<RecipientAction>(when, "recipientAction");
            reasons = ConditionReader.EnumList<Reason>(when, "reason", allowUnknown: true, out unknownReason);
            if (when.Field("window", required: false) is { } windowNode && when.Scalar(windowNode, "window") is { } windowText)
            {
                if (string.Equals(windowText, WireNames.Unknown, StringComparison.Ordinal))
                {
                    unknownWindow = true;
                }
                else if (WireNames.TryParseWindow(windowText, out var parsed))
                {
                    window = parsed;
                }
                else
                {
                    when.Error(windowNode, $"unknown window '{windowText}' (use within24h, after24h or unknown)");
                }
            }

            when.RejectUnknownFields();
        }

        var stepIds = new List<string>();
        foreach (var (stepId, node) in reader.TextList("steps", required: true))
        {
            if (!steps.ContainsKey(stepId))
            {
                reader.Error(node, $"unknown step '{stepId}' (no {StepsLoader.Folder}/{stepId}.yaml)");
            }
            else if (stepIds.Contains(stepId))
            {
                reader.Error(node, $"step '{stepId}' appears twice in one plan");
            }
            else
            {
                stepIds.Add(stepId);
            }
        }

        reader.RejectUnknownFields();
        return id is null || matrix is null || stepIds.Count == 0
            ? null
            : new DecisionRule(id, matrix, kinds, actions, reasons, window, urgent, stepIds)
            {
                UnknownKind = unknownKind,
                UnknownReason = unknownReason,
                UnknownWindow = unknownWindow,
            };
    }
}
