using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;
using WinkSensor.Core.Sensors.Mpu6050;
using WinkSensor.Simulation.Hardware;

namespace WinkSensor.Core.Tests.Sensors;

/// <summary>One simulated I2C bus with simulated MPU-6050s at 0x68 and (optionally) 0x69 sharing one simulation clock.</summary>
internal sealed class Mpu6050TestRig
{
    public const byte SacrumAddress = 0x68;
    public const byte ThoracolumbarAddress = 0x69;

    public SimulatedI2cBus Bus { get; } = new();
    public SimulatedMpu6050 SacrumPart { get; }
    public SimulatedMpu6050? ThoracolumbarPart { get; }
    public Mpu6050Driver Sacrum { get; }
    public Mpu6050Driver Thoracolumbar { get; }
    public Mpu6050Settings Settings { get; } = new();

    /// <summary>(sample time µs, signal) of every sample each part took, in order.</summary>
    public List<(long Time, ImuSample Signal)> SacrumTaken { get; } = [];
    public List<(long Time, ImuSample Signal)> ThoracolumbarTaken { get; } = [];

    public Mpu6050TestRig(IImuSignalSource? sacrumSignal = null, IImuSignalSource? thoracolumbarSignal = null,
        bool withThoracolumbar = true, byte sacrumWhoAmI = 0x68)
    {
        SacrumPart = new SimulatedMpu6050(sacrumSignal ?? SmoothSignal(0f), sacrumWhoAmI);
        SacrumPart.SampleTaken = (t, s) => SacrumTaken.Add((t, s));
        Bus.Attach(SacrumAddress, SacrumPart);
        if (withThoracolumbar)
        {
            ThoracolumbarPart = new SimulatedMpu6050(thoracolumbarSignal ?? SmoothSignal(1f));
            ThoracolumbarPart.SampleTaken = (t, s) => ThoracolumbarTaken.Add((t, s));
            Bus.Attach(ThoracolumbarAddress, ThoracolumbarPart);
        }
        Sacrum = new Mpu6050Driver(Bus, SacrumAddress, Settings);
        Thoracolumbar = new Mpu6050Driver(Bus, ThoracolumbarAddress, Settings);
    }

    public long Now => SacrumPart.NowMicroseconds;

    public void Advance(long microseconds)
    {
        SacrumPart.AdvanceMicroseconds(microseconds);
        ThoracolumbarPart?.AdvanceMicroseconds(microseconds);
    }

    /// <summary>Calls Drain every 10 ms until the driver runs (at most 1 s).</summary>
    public void BringUp(Mpu6050Driver driver)
    {
        var scratch = new ImuSample[32];
        for (int i = 0; i < 100 && driver.Health != Mpu6050Health.Running; i++)
        {
            driver.Drain(Now, scratch, 0, scratch.Length);
            if (driver.Health != Mpu6050Health.Running) Advance(10_000);
        }
        Assert.Equal(Mpu6050Health.Running, driver.Health);
    }

    /// <summary>Smooth squat-like motion within ±2 g and ±300 deg/s; phase shifts the two sensors apart.</summary>
    public static IImuSignalSource SmoothSignal(float phase) => new FunctionImuSignal(t =>
    {
        float s = t * 1e-6f;
        return new ImuSample(
            new Vector3(0.3f * FloatMath.Sin(2.1f * s + phase), 0.5f * FloatMath.Cos(1.3f * s + phase), 1f + 0.8f * FloatMath.Sin(3.7f * s)),
            new Vector3(250f * FloatMath.Sin(4.4f * s + phase), -120f * FloatMath.Cos(2.9f * s), 60f * FloatMath.Sin(7.1f * s + phase)));
    });

    /// <summary>Half a count at the default ranges (±4 g, ±500 deg/s), plus float rounding.</summary>
    public static void AssertWithinQuantisation(ImuSample expected, ImuSample actual)
    {
        const float accelerometerTolerance = 0.5f / 8192f + 1e-6f;
        const float gyroscopeTolerance = 0.5f / 65.5f + 1e-4f;
        Assert.InRange(actual.Acceleration.X - expected.Acceleration.X, -accelerometerTolerance, accelerometerTolerance);
        Assert.InRange(actual.Acceleration.Y - expected.Acceleration.Y, -accelerometerTolerance, accelerometerTolerance);
        Assert.InRange(actual.Acceleration.Z - expected.Acceleration.Z, -accelerometerTolerance, accelerometerTolerance);
        Assert.InRange(actual.AngularRate.X - expected.AngularRate.X, -gyroscopeTolerance, gyroscopeTolerance);
        Assert.InRange(actual.AngularRate.Y - expected.AngularRate.Y, -gyroscopeTolerance, gyroscopeTolerance);
        Assert.InRange(actual.AngularRate.Z - expected.AngularRate.Z, -gyroscopeTolerance, gyroscopeTolerance);
    }
}
