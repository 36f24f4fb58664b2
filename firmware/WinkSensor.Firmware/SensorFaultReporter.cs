using WinkSensor.Core.Runtime;
using WinkSensor.Core.Sensors.Mpu6050;

namespace WinkSensor.Firmware
{
    /// <summary>Turns a sensor's health changes into Lost / Recovered faults, each reported once per change.</summary>
    internal sealed class SensorFaultReporter
    {
        private readonly Mpu6050Driver driver;
        private readonly FaultCode lostCode;
        private readonly FaultCode recoveredCode;
        private bool reportedLost;

        public SensorFaultReporter(Mpu6050Driver driver, FaultCode lostCode, FaultCode recoveredCode)
        {
            this.driver = driver;
            this.lostCode = lostCode;
            this.recoveredCode = recoveredCode;
        }

        public bool IsRunning { get { return driver.Health == Mpu6050Health.Running; } }

        /// <summary>True from a reported loss until the sensor runs again (not during the normal start-up reset).</summary>
        public bool IsLost { get { return reportedLost; } }

        public void Update(IDeviceEventSink sink, long nowMicroseconds)
        {
            Mpu6050Health health = driver.Health;
            bool running = health == Mpu6050Health.Running;
            bool lost = health == Mpu6050Health.Lost || health == Mpu6050Health.WrongIdentity;
            if (lost && !reportedLost)
            {
                reportedLost = true;
                sink.Fault(lostCode, nowMicroseconds);
            }
            else if (running && reportedLost)
            {
                reportedLost = false;
                sink.Fault(recoveredCode, nowMicroseconds);
            }
        }
    }
}
