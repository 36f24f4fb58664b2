using System.Globalization;

namespace WinkSensor.Host.Storage;

/// <summary>How the user names a session: its integer id or the word "latest" (the most recently started).</summary>
public readonly record struct SessionReference(long? Id)
{
    public const string LatestKeyword = "latest";

    public static SessionReference Latest => new(null);

    public bool IsLatest => Id is null;

    public static bool TryParse(string? text, out SessionReference reference)
    {
        var trimmed = text?.Trim();
        if (string.Equals(trimmed, LatestKeyword, StringComparison.OrdinalIgnoreCase))
        {
            reference = Latest;
            return true;
        }
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            reference = new SessionReference(id);
            return true;
        }
        reference = default;
        return false;
    }

    public override string ToString() => Id?.ToString(CultureInfo.InvariantCulture) ?? LatestKeyword;
}
