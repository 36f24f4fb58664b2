namespace WinkSensor.Host.Storage;

/// <summary>How a set was performed, as the lifter tags it. Every field is optional (null = not stated).</summary>
/// <param name="StanceWidthCentimetres">Distance between the heels, cm.</param>
/// <param name="ToeAngleDegrees">Outward rotation of each foot from straight ahead, deg.</param>
/// <param name="HeelsRaised">Heels on a wedge or plates.</param>
/// <param name="LoadKilograms">External load on the bar, kg (0 for bodyweight).</param>
/// <param name="Shoes">E.g. "weightlifting shoes", "barefoot".</param>
/// <param name="Note">Free text.</param>
public sealed record SetConditions(
    double? StanceWidthCentimetres = null,
    double? ToeAngleDegrees = null,
    bool? HeelsRaised = null,
    double? LoadKilograms = null,
    string? Shoes = null,
    string? Note = null)
{
    public static SetConditions None { get; } = new();
}
