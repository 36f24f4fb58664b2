using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Simulation.Sensors;

/// <summary>One FIFO frame as the chip stores it: raw 16-bit counts, accelerometer then gyro (AX AY AZ GX GY GZ).</summary>
public readonly record struct Mpu6050Frame(short AccelX, short AccelY, short AccelZ, short GyroX, short GyroY, short GyroZ)
{
    public ImuSample ToImuSample(double accelCountsPerG, double gyroCountsPerDps) => new(
        new Vector3((float)(AccelX / accelCountsPerG), (float)(AccelY / accelCountsPerG), (float)(AccelZ / accelCountsPerG)),
        new Vector3((float)(GyroX / gyroCountsPerDps), (float)(GyroY / gyroCountsPerDps), (float)(GyroZ / gyroCountsPerDps)));
}
