using System.Text.Json;
using System.Text.Json.Serialization;
using WinkSensor.Simulation.Recording;

namespace WinkSensor.Simulation.Output;

/// <summary>Writes the per-recording truth (reps, activities, sensors, athlete) as indented snake_case JSON.</summary>
public static class TruthJsonWriter
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string ToJson(RecordingTruth truth) => JsonSerializer.Serialize(truth, Options);

    public static void Write(string path, RecordingTruth truth) =>
        File.WriteAllText(path, ToJson(truth) + "\n", new System.Text.UTF8Encoding(false));

    public static RecordingTruth Read(string path) =>
        JsonSerializer.Deserialize<RecordingTruth>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} holds no simulation truth");
}
