using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// Reads an optional <c>when</c>: a map like a rule's (<c>kind</c>, <c>recipientAction</c>, <c>reason</c>, and <c>mistake</c>)
/// or a list of such maps, any of which may match. Absent means always.
/// </summary>
internal static class ConditionReader
{
    public const string Field = "when";

    public static CaseConditions Read(MappingReader reader)
    {
        if (reader.Field(Field, required: false) is not { } node)
        {
            return CaseConditions.Always;
        }

        var maps = node is YamlSequenceNode list ? list.Children.ToList() : [node];
        var alternatives = new List<CaseCondition>();
        foreach (var map in maps)
        {
            if (reader.ChildOrNull(map, Field) is { } when)
            {
                alternatives.Add(new CaseCondition(
                    EnumList<PaymentKind>(when, "kind"),
                    EnumList<RecipientAction>(when, "recipientAction"),
                    EnumList<Reason>(when, "reason"))
                {
                    Mistakes = EnumList<MistakeDetail>(when, "mistake"),
                });
                when.RejectUnknownFields();
            }
        }

        return new CaseConditions(alternatives);
    }

    /// <summary>A list of enum wire names under <paramref name="name"/>; an unknown name is an error on its line.</summary>
    internal static List<TEnum> EnumList<TEnum>(MappingReader when, string name)
        where TEnum : struct, Enum => EnumList<TEnum>(when, name, allowUnknown: false, out _);

    /// <summary>
    /// As <see cref="EnumList{TEnum}(MappingReader, string)"/>, and <c>unknown</c> (the user could not tell)
    /// may be listed too when <paramref name="allowUnknown"/>.
    /// </summary>
    internal static List<TEnum> EnumList<TEnum>(MappingReader when, string name, bool allowUnknown, out bool unknownListed)
        where TEnum : struct, Enum
    {
        var values = new List<TEnum>();
        unknownListed = false;
        foreach (var (text, node) in when.TextList(name, required: false))
        {
            if (allowUnknown && string.Equals(text, WireNames.Unknown, StringComparison.Ordinal))
            {
                unknownListed = true;
            }
            else if (WireNames.TryParse<TEnum>(text, out var value))
            {
                values.Add(value);
            }
            else
            {
                when.Error(node, $"unknown {name} '{text}' (use {string.Join(", ", allowUnknown ? WireNames.AllOf<TEnum>().Append(WireNames.Unknown) : WireNames.AllOf<TEnum>())})");
            }
        }

        return values;
    }
}
