using System.Globalization;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Support;

/// <summary>Parses `--tag key=value` into the first set's conditions.</summary>
internal static class SetTags
{
    public const string Keys = "stance-cm, toe-deg, heels (yes/no), load-kg, shoes, note";

    public static SetConditions? Parse(IReadOnlyList<string>? tags)
    {
        if (tags is null || tags.Count == 0) return null;
        var conditions = SetConditions.None;
        foreach (var tag in tags)
        {
            int equals = tag.IndexOf('=');
            if (equals <= 0) throw new UsageException($"--tag '{tag}' is not key=value (keys: {Keys}).");
            var key = tag[..equals].Trim().ToLowerInvariant();
            var value = tag[(equals + 1)..].Trim();
            conditions = key switch
            {
                "stance-cm" => conditions with { StanceWidthCentimetres = Number(key, value, 0, 300) },
                "toe-deg" => conditions with { ToeAngleDegrees = Number(key, value, -45, 90) },
                "heels" => conditions with { HeelsRaised = YesNo(value) },
                "load-kg" => conditions with { LoadKilograms = Number(key, value, 0, 1000) },
                "shoes" => conditions with { Shoes = value },
                "note" => conditions with { Note = value },
                _ => throw new UsageException($"Unknown tag '{key}': use {Keys}."),
            };
        }
        return conditions;
    }

    private static double Number(string key, string value, double minimum, double maximum)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
            return number;
        throw new UsageException($"--tag {key}={value}: give a number from {minimum} to {maximum}.");
    }

    private static bool YesNo(string value) => value.ToLowerInvariant() switch
    {
        "yes" or "true" or "1" => true,
        "no" or "false" or "0" => false,
        _ => throw new UsageException($"--tag heels={value}: give yes or no."),
    };
}
