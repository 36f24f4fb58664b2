namespace WinkSensor.Host.Storage;

/// <summary>How deep the wearer was when the wink began; null = not measured.</summary>
/// <param name="Centimetres">Sacrum descent from standing at the onset, cm.</param>
/// <param name="FractionOfRepDepth">Onset depth over the rep's bottom depth, 0..1.</param>
public sealed record WinkOnsetDepth(double? Centimetres = null, double? FractionOfRepDepth = null)
{
    public static WinkOnsetDepth Unknown { get; } = new();
}
