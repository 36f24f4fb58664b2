using System.Globalization;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Reports;

/// <summary>Plain-language text for values shown in the report and the console.</summary>
public static class TextFormat
{
    public static string Duration(TimeSpan duration) =>
        duration.TotalHours >= 1
            ? duration.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : duration.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    public static string StartReason(SetStartReason reason) => reason switch
    {
        SetStartReason.First => "first set",
        SetStartReason.Rest => "after a rest",
        SetStartReason.Told => "new set marked",
        _ => reason.ToString(),
    };

    /// <summary>E.g. "60 kg, stance 40 cm, toes 20°, heels raised, weightlifting shoes"; "—" when nothing is tagged.</summary>
    public static string Conditions(SetConditions conditions)
    {
        var parts = new List<string>();
        if (conditions.LoadKilograms is { } load) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{load:0.#} kg"));
        if (conditions.StanceWidthCentimetres is { } width) parts.Add(string.Create(CultureInfo.InvariantCulture, $"stance {width:0.#} cm"));
        if (conditions.ToeAngleDegrees is { } toe) parts.Add(string.Create(CultureInfo.InvariantCulture, $"toes {toe:0.#}°"));
        if (conditions.HeelsRaised is { } heels) parts.Add(heels ? "heels raised" : "heels flat");
        if (!string.IsNullOrWhiteSpace(conditions.Shoes)) parts.Add(conditions.Shoes);
        if (!string.IsNullOrWhiteSpace(conditions.Note)) parts.Add(conditions.Note);
        return parts.Count == 0 ? "—" : string.Join(", ", parts);
    }

    public static string Fault(FaultCode code) => code switch
    {
        FaultCode.SacrumSensorLost => "sacrum sensor lost",
        FaultCode.ThoracolumbarSensorLost => "thoracolumbar sensor lost (pelvis-only from here)",
        FaultCode.SacrumSensorRecovered => "sacrum sensor recovered",
        FaultCode.ThoracolumbarSensorRecovered => "thoracolumbar sensor recovered",
        FaultCode.SensorFifoOverflow => "sensor buffer overflow (samples dropped)",
        FaultCode.CalibrationFailed => "calibration failed",
        FaultCode.MainLoopStalled => "device main loop stalled",
        FaultCode.BatteryLow => "battery low",
        _ => code.ToString(),
    };
}
