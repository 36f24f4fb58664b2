namespace WinkSensor.Host.Export;

/// <summary>Which table a CSV export holds (JSON Lines always holds everything).</summary>
public enum ExportTable
{
    /// <summary>One row per rep, with its set's conditions and its wink joined in.</summary>
    Reps,
    /// <summary>The live-angle samples (~25 Hz).</summary>
    Samples,
}
