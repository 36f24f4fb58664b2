namespace WinkSensor.Core.Calibration
{
    /// <summary>
    /// The six rest positions of the six-position calibration, named by the sensor axis that points up (reads +1 g).
    /// ZUp is the module lying flat on its back; ZDown is it lying on its face.
    /// </summary>
    public enum AccelerometerFace
    {
        XUp = 0,
        XDown = 1,
        YUp = 2,
        YDown = 3,
        ZUp = 4,
        ZDown = 5,
    }
}
