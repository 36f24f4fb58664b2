using WinkSensor.Core.Protocol;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>A link that keeps copies of every frame it takes, and can refuse.</summary>
public sealed class RecordingLink(int maximumPayloadBytes = 20) : IFrameLink
{
    public readonly List<byte[]> Frames = new();
    public bool Accepting = true;

    public int MaximumPayloadBytes { get; } = maximumPayloadBytes;

    public bool TrySend(byte[] frame, int offset, int length)
    {
        if (!Accepting) return false;
        Frames.Add(frame.AsSpan(offset, length).ToArray());
        return true;
    }
}

/// <summary>A link that takes every frame and keeps nothing: for allocation measurements.</summary>
public sealed class DiscardingLink : IFrameLink
{
    public int MaximumPayloadBytes => 20;
    public bool TrySend(byte[] frame, int offset, int length) => true;
}

/// <summary>The device side of the control handler, recording what it was asked.</summary>
public sealed class FakeDeviceControl : IDeviceControl
{
    public bool Busy;
    public int Recalibrations;
    public int Sleeps;
    public HapticPatternKind? LastIdentifyPattern;
    public int? AccelerometerCalibrationTimeLimitSeconds;
    public int AccelerometerCalibrationCancels;

    public long NowMicroseconds { get; set; }

    public bool Recalibrate()
    {
        if (Busy) return false;
        Recalibrations++;
        return true;
    }

    public bool Identify(HapticPatternKind pattern)
    {
        if (Busy) return false;
        LastIdentifyPattern = pattern;
        return true;
    }

    public bool Sleep()
    {
        if (Busy) return false;
        Sleeps++;
        return true;
    }

    public bool StartAccelerometerCalibration(int timeLimitSeconds)
    {
        if (Busy) return false;
        AccelerometerCalibrationTimeLimitSeconds = timeLimitSeconds;
        return true;
    }

    public bool CancelAccelerometerCalibration()
    {
        AccelerometerCalibrationCancels++;
        return true;
    }
}
