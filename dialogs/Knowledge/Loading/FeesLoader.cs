using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// Loads knowledge/fees.yaml: the filing and preservation fee schedules (bands added up part by part),
/// the reductions, and the security ratios. Every entry carries its facts, confidence and article.
/// </summary>
internal static class FeesLoader
{
    public const string FileName = "fees.yaml";

    public static CourtFees? Load(string directory, IReadOnlyDictionary<string, Fact>? facts, KnowledgeErrors errors)
    {
        if (YamlFile.Read(directory, FileName, errors) is not { } root || MappingReader.From(root, FileName, errors, "") is not { } reader)
        {
            return null;
        }

        var filing = reader.Map("filingFee", required: true) is { } f ? Schedule(f, facts) : null;
        var preservation = reader.Map("preservationFee", required: true) is { } p ? Schedule(p, facts) : null;
        var simplified = Share(reader, "simplifiedProcedure", facts);
        var smallClaims = Share(reader, "smallClaims", facts);
        var preSuit = Share(reader, "preSuitSecurity", facts);
        var inSuit = Share(reader, "inSuitSecurityMax", facts);
        reader.RejectUnknownFields();
        return filing is null || preservation is null || simplified is null || smallClaims is null || preSuit is null || inSuit is null
            ? null
            : new CourtFees(filing, preservation, simplified, smallClaims, preSuit, inSuit);
    }

    private static FeeSchedule? Schedule(MappingReader reader, IReadOnlyDictionary<string, Fact>? facts)
    {
        var provenance = ProvenanceReader.Read(reader, facts);
        var cap = reader.Field("cap", required: false) is { } capNode ? Amount(reader, capNode, "cap") : null;
        var bands = new List<FeeBand>();
        if (reader.Sequence("bands", required: true) is { } list)
        {
            for (var i = 0; i < list.Children.Count; i++)
            {
                if (reader.ChildOrNull(list.Children[i], $"bands[{i + 1}]") is { } bandReader && Band(bandReader, i, list.Children.Count, bands) is { } band)
                {
                    bands.Add(band);
                }
            }
        }

        reader.RejectUnknownFields();
        return provenance is null || bands.Count == 0 ? null : new FeeSchedule(bands, cap, provenance);
    }

    private static FeeBand? Band(MappingReader reader, int index, int count, List<FeeBand> earlier)
    {
        var isLast = index == count - 1;
        decimal? upTo = reader.Field("upTo", required: false) is { } upToNode ? Amount(reader, upToNode, "upTo") : null;
        decimal? fixedFee = reader.Field("fixed", required: false) is { } fixedNode ? Amount(reader, fixedNode, "fixed") : null;
        decimal? rate = reader.Field("rate", required: false) is { } rateNode ? Rate(reader, rateNode) : null;
        reader.RejectUnknownFields();

        if (reader.Has("fixed") == reader.Has("rate"))
        {
            reader.Error("a band has either 'fixed' (a fee) or 'rate' (a share of the part inside the band), not both or neither");
            return null;
        }

        if (fixedFee is not null && index > 0)
        {
            // A fixed fee in the middle would say nothing about the part of the amount inside the band.
            reader.Error("only the first band may have a fixed fee");
        }

        if (upTo is null && !isLast)
        {
            reader.Error("every band but the last needs 'upTo'");
        }
        else if (upTo is not null && isLast)
        {
            reader.Error("the last band has no 'upTo': it covers everything above the band before it");
        }

        if (upTo is { } top && earlier.LastOrDefault()?.UpTo is { } previous && top <= previous)
        {
            reader.Error($"'upTo' must grow from band to band ({top.ToString(CultureInfo.InvariantCulture)} follows {previous.ToString(CultureInfo.InvariantCulture)})");
        }

        return fixedFee is null && rate is null ? null : new FeeBand(upTo, fixedFee, rate);
    }

    private static FeeShare? Share(MappingReader parent, string name, IReadOnlyDictionary<string, Fact>? facts)
    {
        if (parent.Map(name, required: true) is not { } reader)
        {
            return null;
        }

        var provenance = ProvenanceReader.Read(reader, facts);
        decimal? share = null;
        if (reader.Field("share", required: true) is { } node && reader.Scalar(node, "share") is { } text)
        {
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 1)
            {
                share = value;
            }
            else
            {
                reader.Error(node, $"'share' must be a number above 0 and at most 1, found '{text}'");
            }
        }

        reader.RejectUnknownFields();
        return provenance is null || share is null ? null : new FeeShare(share.Value, provenance);
    }

    private static decimal? Amount(MappingReader reader, YamlNode node, string name)
    {
        if (reader.Scalar(node, name) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        reader.Error(node, $"'{name}' must be a positive amount in yuan, found '{text}'");
        return null;
    }

    private static decimal? Rate(MappingReader reader, YamlNode node)
    {
        if (reader.Scalar(node, "rate") is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 1)
        {
            return value;
        }

        reader.Error(node, $"'rate' must be a decimal share between 0 and 1 (2.5 % is 0.025), found '{text}'");
        return null;
    }
}
