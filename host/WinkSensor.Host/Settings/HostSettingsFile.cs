using System.Text.Json;

namespace WinkSensor.Host.Settings;

/// <summary>
/// The host settings as a flat JSON object of key → text value in the config directory. Only values the user set are
/// stored; <see cref="Get"/> falls back to the documented default. Keys this version does not know are kept as found.
/// A file that is not a JSON object is reported, never overwritten.
/// </summary>
public sealed class HostSettingsFile
{
    private readonly Dictionary<string, string> values;

    private HostSettingsFile(string filePath, Dictionary<string, string> values)
    {
        FilePath = filePath;
        this.values = values;
    }

    public string FilePath { get; }

    public static HostSettingsFile Load(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        if (!File.Exists(fullPath)) return new HostSettingsFile(fullPath, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        try
        {
            var parsed = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(fullPath))
                         ?? throw new JsonException("the file holds null");
            return new HostSettingsFile(fullPath, new Dictionary<string, string>(parsed, StringComparer.OrdinalIgnoreCase));
        }
        catch (JsonException exception)
        {
            throw new HostSettingsException(
                $"The settings file {fullPath} is not a JSON object of text values ({exception.Message}). " +
                "It was left as it is; fix or delete it.");
        }
    }

    /// <summary>The stored value or the default; throws <see cref="HostSettingsException"/> for an unknown key.</summary>
    public string Get(string key)
    {
        var setting = HostSettingKeys.Find(key);
        return values.TryGetValue(setting.Key, out var value) ? value : setting.DefaultValue;
    }

    public bool IsSet(string key) => values.ContainsKey(HostSettingKeys.Find(key).Key);

    /// <summary>Validates, stores and saves; answers the value as stored.</summary>
    public string Set(string key, string value)
    {
        var setting = HostSettingKeys.Find(key);
        var normalised = setting.Normalise(value);
        values[setting.Key] = normalised;
        Save();
        return normalised;
    }

    /// <summary>Back to the default.</summary>
    public void Unset(string key)
    {
        if (values.Remove(HostSettingKeys.Find(key).Key)) Save();
    }

    private void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        var ordered = values.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(pair => pair.Key, pair => pair.Value);
        File.WriteAllText(temporary, JsonSerializer.Serialize(ordered, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        File.Move(temporary, FilePath, overwrite: true);
    }
}
