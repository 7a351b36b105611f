using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// The groups the conversation reads from a lexicon: which are maps (and which names they may hold) and
/// which are plain lists. A misspelt group or name would otherwise make the bot silently deaf to it.
/// </summary>
internal static class LexiconSchema
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Maps { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["kinds"] = NamesOf<PaymentKind>(),
        ["kindHints"] = NamesOf<PaymentKind>(),
        ["recipientActions"] = NamesOf<RecipientAction>(),
        ["recipientActionHints"] = NamesOf<RecipientAction>(),
        ["reasons"] = NamesOf<Reason>(),
        ["stepOutcomes"] = new HashSet<string>(StringComparer.Ordinal) { "worked", "waiting", "failed" },
        ["commands"] = new HashSet<string>(StringComparer.Ordinal) { "help", "restart", "cancel", "deleteData", "stopReminders" },
        ["advice"] = new HashSet<string>(StringComparer.Ordinal) { "why", "sources", "bring", "ifFails", "documents", "checklist", "deadlines", "costs" },
        ["smallTalk"] = new HashSet<string>(StringComparer.Ordinal) { "thanks", "greeting", "ping" },
        ["questions"] = new HashSet<string>(StringComparer.Ordinal) { "sue", "identity", "human", "chances" },
        ["mistakes"] = new HashSet<string>(StringComparer.Ordinal) { "wrongRecipient", "wrongAmount" },
        ["purposes"] = new HashSet<string>(StringComparer.Ordinal) { "gift", "owed" },
    };

    public static IReadOnlySet<string> Lists { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "fraudSignals", "sensitiveOffers", "affirmative", "negative", "howToFind", "correctionCues", "negators", "notNegations", "reportedSpeech",
        "groupContext", "exclusiveMarkers", "personalMarkers", "contrastMarkers", "negationBarriers", "intentMarkers", "outcomeMarkers", "impersonatedRoles", "identityClaims", "trailingNegators", "notNumbers", "notAnswering", "vagueInside", "vagueBefore", "vagueAfter",
        "evidenceDone", "evidenceNotYet", "taskDone", "moneyBack", "crisis", "crisisNotMeant", "intensifiers", "ready", "unsure", "upset",
    };

    /// <summary>Maps that must name every value (every kind, action and reason must be recognisable).</summary>
    public static IReadOnlySet<string> Complete { get; } = new HashSet<string>(StringComparer.Ordinal) { "kinds", "recipientActions", "reasons", "stepOutcomes", "smallTalk", "questions" };

    public static void Check(LoadedLexicon lexicon, KnowledgeErrors errors)
    {
        foreach (var (group, line) in lexicon.Lines)
        {
            var isMap = lexicon.NameLines.TryGetValue(group, out var names);
            if (Maps.TryGetValue(group, out var allowed))
            {
                if (!isMap)
                {
                    errors.Add(lexicon.File, line, $"'{group}' must map names ({string.Join(", ", allowed)}) to phrases");
                    continue;
                }

                foreach (var (name, nameLine) in names!)
                {
                    if (!allowed.Contains(name))
                    {
                        errors.Add(lexicon.File, nameLine, $"'{group}' has no name '{name}' (known: {string.Join(", ", allowed)})");
                    }
                }

                if (Complete.Contains(group))
                {
                    foreach (var missing in allowed.Where(n => !names!.ContainsKey(n)))
                    {
                        errors.Add(lexicon.File, line, $"'{group}' lacks phrases for '{missing}'");
                    }
                }
            }
            else if (Lists.Contains(group))
            {
                if (isMap)
                {
                    errors.Add(lexicon.File, line, $"'{group}' must be a list of phrases");
                }
            }
            else
            {
                errors.Add(lexicon.File, line, $"unknown group '{group}' (known: {string.Join(", ", Maps.Keys.Concat(Lists))})");
            }
        }

        foreach (var missing in Maps.Keys.Concat(Lists).Where(g => !lexicon.Lines.ContainsKey(g)))
        {
            errors.Add(lexicon.File, 1, $"missing group '{missing}'");
        }
    }

    private static HashSet<string> NamesOf<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(WireNames.Of)];
}
