using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Tests.Fusion;

/// <summary>
/// A test IMU moved through a known orientation in double precision (independent of the core's float quaternions):
/// produces the accelerometer (g) and gyroscope (deg/s) samples an ideal sensor would, plus a constant gyro bias and
/// seeded Gaussian noise (MPU-6050 levels by default), and tells the true up vector in the sensor frame.
/// </summary>
public sealed class ImuSimulator
{
    private double w = 1, x, y, z; // sensor-to-earth rotation
    private readonly Random random;

    public ImuSimulator(int seed = 1) { random = new Random(seed); }

    /// <summary>Constant gyro bias added to every angular rate, deg/s.</summary>
    public (double X, double Y, double Z) GyroBiasDegreesPerSecond { get; set; }

    /// <summary>Gyro white noise, deg/s rms per sample. Default 0.05 (MPU-6050 at 100 Hz bandwidth).</summary>
    public double GyroNoiseDegreesPerSecond { get; set; } = 0.05;

    /// <summary>Accelerometer white noise, g rms per sample. Default 0.004 (400 µg/√Hz over 100 Hz).</summary>
    public double AccelerometerNoiseG { get; set; } = 0.004;

    /// <summary>Sets the orientation from a rotation about a sensor-frame axis by an angle, deg.</summary>
    public void SetTilt(double axisX, double axisY, double axisZ, double angleDegrees)
    {
        double n = Math.Sqrt(axisX * axisX + axisY * axisY + axisZ * axisZ);
        double half = angleDegrees * Math.PI / 360;
        w = Math.Cos(half);
        x = Math.Sin(half) * axisX / n;
        y = Math.Sin(half) * axisY / n;
        z = Math.Sin(half) * axisZ / n;
    }

    /// <summary>The true up (against gravity) in the sensor frame.</summary>
    public Vector3 TrueUp => ToFloat(EarthToSensor(0, 0, 1));

    /// <summary>A sensor axis (unit vector in the sensor frame) written in the earth frame.</summary>
    public (double X, double Y, double Z) SensorToEarth(double vx, double vy, double vz)
    {
        // v' = v + 2w (u × v) + 2 u × (u × v)
        double tx = 2 * (y * vz - z * vy), ty = 2 * (z * vx - x * vz), tz = 2 * (x * vy - y * vx);
        return (vx + w * tx + (y * tz - z * ty), vy + w * ty + (z * tx - x * tz), vz + w * tz + (x * ty - y * tx));
    }

    public (double X, double Y, double Z) EarthToSensor(double vx, double vy, double vz)
    {
        double cx = -x, cy = -y, cz = -z;
        double tx = 2 * (cy * vz - cz * vy), ty = 2 * (cz * vx - cx * vz), tz = 2 * (cx * vy - cy * vx);
        return (vx + w * tx + (cy * tz - cz * ty), vy + w * ty + (cz * tx - cx * tz), vz + w * tz + (cx * ty - cy * tx));
    }

    /// <summary>
    /// Turns the sensor by a constant body-frame angular rate (deg/s) for one period (s), then returns the sample
    /// measured at the end of it with the given linear acceleration (earth frame, g).
    /// </summary>
    public ImuSample Step(double rateX, double rateY, double rateZ, double periodSeconds, double linearEarthX = 0, double linearEarthY = 0, double linearEarthZ = 0)
    {
        double rx = rateX * Math.PI / 180 * periodSeconds, ry = rateY * Math.PI / 180 * periodSeconds, rz = rateZ * Math.PI / 180 * periodSeconds;
        double angle = Math.Sqrt(rx * rx + ry * ry + rz * rz);
        if (angle > 0)
        {
            double s = Math.Sin(angle / 2) / angle, c = Math.Cos(angle / 2);
            double qw = c, qx = s * rx, qy = s * ry, qz = s * rz;
            (w, x, y, z) = (w * qw - x * qx - y * qy - z * qz, w * qx + x * qw + y * qz - z * qy, w * qy - x * qz + y * qw + z * qx, w * qz + x * qy - y * qx + z * qw);
            double n = Math.Sqrt(w * w + x * x + y * y + z * z);
            w /= n; x /= n; y /= n; z /= n;
        }
        var specificForce = EarthToSensor(linearEarthX, linearEarthY, linearEarthZ + 1);
        var acceleration = new Vector3(
            (float)(specificForce.X + AccelerometerNoiseG * Gaussian()),
            (float)(specificForce.Y + AccelerometerNoiseG * Gaussian()),
            (float)(specificForce.Z + AccelerometerNoiseG * Gaussian()));
        var angularRate = new Vector3(
            (float)(rateX + GyroBiasDegreesPerSecond.X + GyroNoiseDegreesPerSecond * Gaussian()),
            (float)(rateY + GyroBiasDegreesPerSecond.Y + GyroNoiseDegreesPerSecond * Gaussian()),
            (float)(rateZ + GyroBiasDegreesPerSecond.Z + GyroNoiseDegreesPerSecond * Gaussian()));
        return new ImuSample(acceleration, angularRate);
    }

    private double Gaussian()
    {
        double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static Vector3 ToFloat((double X, double Y, double Z) v) => new((float)v.X, (float)v.Y, (float)v.Z);
}
