using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Calibration;

/// <summary>
/// Raw 100 Hz sample pairs of the two sensor boards off the body during the six-position procedure: each board rests
/// on a face (slightly tilted table, noise) or is in the hand (moving). Each board's accelerometer has its own offset,
/// g, and scale.
/// </summary>
public sealed class BoardTumbling(long startMicroseconds = 0)
{
    private const long Step = 10_000;
    private readonly Random random = new(11);
    private long time = startMicroseconds;
    private int handSample;

    public Vector3 SacrumOffsetG { get; init; } = new(0.045f, -0.03f, 0.06f);
    public Vector3 SacrumScale { get; init; } = new(1.02f, 0.985f, 1.01f);
    public Vector3 ThoracolumbarOffsetG { get; init; } = new(-0.04f, 0.05f, -0.07f);
    public Vector3 ThoracolumbarScale { get; init; } = new(0.99f, 1.015f, 0.98f);

    public List<SyntheticFrame> Frames { get; } = [];

    public long NowMicroseconds => time;

    /// <summary>Both boards rest on the given faces (null: that board is in the hand, moving) for the time, s.</summary>
    public BoardTumbling Rest(AccelerometerFace? sacrum, AccelerometerFace? thoracolumbar, double seconds)
    {
        for (int i = 0; i < seconds * 100; i++, time += Step)
            Frames.Add(new SyntheticFrame(time, Board(sacrum, SacrumOffsetG, SacrumScale), Board(thoracolumbar, ThoracolumbarOffsetG, ThoracolumbarScale),
                true, default));
        return this;
    }

    /// <summary>Both boards in the hand for the time, s.</summary>
    public BoardTumbling Turn(double seconds = 0.6) => Rest(null, null, seconds);

    /// <summary>Both boards turned together onto each face in turn, resting the time on each, s.</summary>
    public BoardTumbling Together(IEnumerable<AccelerometerFace> faces, double secondsPerFace = 3)
    {
        foreach (var face in faces) Turn().Rest(face, face, secondsPerFace);
        return Turn();
    }

    public static AccelerometerFace[] AllFaces => Enum.GetValues<AccelerometerFace>();

    private ImuSample Board(AccelerometerFace? face, Vector3 offsetG, Vector3 scale)
    {
        if (face is null)
        {
            // In the hand: turning and jostled, never still for long.
            handSample++;
            var hand = new Vector3(0.5f * MathF.Sin(handSample * 0.7f), 0.6f + 0.3f * MathF.Cos(handSample * 0.5f), 0.55f);
            return new ImuSample(hand, new Vector3(40f * MathF.Sin(handSample * 0.3f), 25f, -30f));
        }
        Vector3 gravity = Gravity(face.Value, tiltDegrees: 1.0);
        var noise = new Vector3(Noise(0.003f), Noise(0.003f), Noise(0.003f));
        var read = new Vector3(offsetG.X + scale.X * gravity.X, offsetG.Y + scale.Y * gravity.Y, offsetG.Z + scale.Z * gravity.Z) + noise;
        return new ImuSample(read, new Vector3(1.5f + Noise(0.1f), -2f + Noise(0.1f), 0.8f + Noise(0.1f)));
    }

    /// <summary>True gravity, g, in sensor axes with the face's axis up, tipped by the tilt about another axis.</summary>
    public static Vector3 Gravity(AccelerometerFace face, double tiltDegrees)
    {
        float tilt = (float)(tiltDegrees * Math.PI / 180);
        float vertical = MathF.Cos(tilt), horizontal = MathF.Sin(tilt);
        float sign = (int)face % 2 == 0 ? 1 : -1;
        return ((int)face / 2) switch
        {
            0 => new Vector3(sign * vertical, horizontal, 0),
            1 => new Vector3(0, sign * vertical, horizontal),
            _ => new Vector3(horizontal, 0, sign * vertical),
        };
    }

    private float Noise(float halfWidth) => (float)(random.NextDouble() * 2 - 1) * halfWidth;
}
