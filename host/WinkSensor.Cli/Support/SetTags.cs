using System.Globalization;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Support;

/// <summary>Parses key=value set tags (`record --tag`, `tag`) into set conditions.</summary>
internal static class SetTags
{
    public const string Keys = "stance-cm, toe-deg, heels (yes/no), load-kg, shoes, note";

    public static SetConditions? Parse(IReadOnlyList<string>? tags)
    {
        if (tags is null || tags.Count == 0) return null;
        return Apply(SetConditions.None, tags, "--tag ");
    }

    /// <summary>
    /// Applies key=value tags on top of <paramref name="conditions"/>; an empty value (key=) clears that key.
    /// <paramref name="prefix"/> starts each error message (e.g. "--tag ").
    /// </summary>
    public static SetConditions Apply(SetConditions conditions, IReadOnlyList<string> tags, string prefix = "")
    {
        foreach (var tag in tags)
        {
            int equals = tag.IndexOf('=');
            if (equals <= 0) throw new UsageException($"{prefix}'{tag}' is not key=value (keys: {Keys}).");
            var key = tag[..equals].Trim().ToLowerInvariant();
            var value = tag[(equals + 1)..].Trim();
            bool clear = value.Length == 0;
            conditions = key switch
            {
                "stance-cm" => conditions with { StanceWidthCentimetres = clear ? null : Number(prefix, key, value, 0, 300) },
                "toe-deg" => conditions with { ToeAngleDegrees = clear ? null : Number(prefix, key, value, -45, 90) },
                "heels" => conditions with { HeelsRaised = clear ? null : YesNo(prefix, value) },
                "load-kg" => conditions with { LoadKilograms = clear ? null : Number(prefix, key, value, 0, 1000) },
                "shoes" => conditions with { Shoes = clear ? null : value },
                "note" => conditions with { Note = clear ? null : value },
                _ => throw new UsageException($"Unknown tag '{key}': use {Keys}."),
            };
        }
        return conditions;
    }

    private static double Number(string prefix, string key, string value, double minimum, double maximum)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
            return number;
        throw new UsageException($"{prefix}{key}={value}: give a number from {minimum} to {maximum}.");
    }

    private static bool YesNo(string prefix, string value) => value.ToLowerInvariant() switch
    {
        "yes" or "true" or "1" => true,
        "no" or "false" or "0" => false,
        _ => throw new UsageException($"{prefix}heels={value}: give yes or no."),
    };
}
