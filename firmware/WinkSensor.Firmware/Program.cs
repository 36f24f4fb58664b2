using System;
using System.Device.Gpio;
using System.Diagnostics;
using System.Threading;
using WinkSensor.Core.Input;
using WinkSensor.Core.Persistence;
using WinkSensor.Core.Power;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Protocol.Serial;
using WinkSensor.Core.Runtime;
using WinkSensor.Core.Sensors;
using WinkSensor.Core.Sensors.Mpu6050;
using WinkSensor.Firmware.Adapters;

namespace WinkSensor.Firmware
{
    /// <summary>
    /// Boot and main loop. Every 10 to 20 ms: drain both sensor FIFOs (timestamps from the sensors' own sample clock,
    /// anchored to HighResTimer), feed the device runtime, send live angles and events, serve the host, the button,
    /// the battery, the LED and the motor, and decide about sleep. On the host's command the runtime runs the
    /// six-position accelerometer calibration instead of squat detection, with progress frames to the host. A watchdog
    /// timer restarts the device when a step hangs. Nothing in the per-sample path allocates; text is logged only on
    /// rare events.
    /// </summary>
    public static class Program
    {
        private const byte FirmwareMajor = 0;
        private const byte FirmwareMinor = 1;
        private const byte FirmwarePatch = 0;
        private const int LoopSleepMilliseconds = 10;
        private const int WatchdogStallLimitMilliseconds = 5000;
        private const long BatteryReadIntervalMicroseconds = 1000000;
        private const long ConfigurationSaveIntervalMicroseconds = 5000000;
        /// <summary>Time between a Sleep command's answer and sleeping, so the answer leaves the radio first.</summary>
        private const long SleepCommandDelayMicroseconds = 300000;

        // Held in static fields so the garbage collector never takes the timer or the pin that raise our events.
        private static WatchdogTimer watchdogTimer;
        private static ButtonInput button;
        private static GpioController gpio;

        public static void Main()
        {
            Debug.WriteLine("WinkSensor " + FirmwareMajor + "." + FirmwareMinor + "." + FirmwarePatch + ", " + DeepSleepController.DescribeWakeCause());

            // Settings and the note a watchdog restart left behind.
            DeviceConfiguration configuration = new DeviceConfiguration();
            ConfigurationStore configurationStore = new ConfigurationStore(new FlashFileStorage(BoardConfiguration.ConfigurationFile));
            Debug.WriteLine(ConfigurationLoadResultText.Describe(configurationStore.Load(configuration)));
            RestartNoteStore restartNotes = new RestartNoteStore(new FlashFileStorage(BoardConfiguration.RestartNoteFile));
            RuntimeSettings runtimeSettings = new RuntimeSettings();
            AccelerometerCalibrationStore accelerometerStore = new AccelerometerCalibrationStore(new FlashFileStorage(BoardConfiguration.AccelerometerCalibrationFile));
            Debug.WriteLine(AccelerometerCalibrationLoadResultText.Describe(
                accelerometerStore.Load(runtimeSettings.SacrumAccelerometer, runtimeSettings.ThoracolumbarAccelerometer)));
            RestartNote restartNote = new RestartNote();

            // Outputs and inputs.
            gpio = new GpioController();
            StatusLedOutput led = new StatusLedOutput(gpio);
            PwmHapticMotor motor = new PwmHapticMotor();
            HapticMotorArbiter haptics = new HapticMotorArbiter(motor);
            HapticSequencer identifyBuzz = new HapticSequencer(haptics);
            BatteryVoltageInput batteryInput = new BatteryVoltageInput();
            BatteryMonitor battery = new BatteryMonitor(new BatterySettings());
            ButtonSettings buttonSettings = new ButtonSettings();
            ButtonEdgeQueue buttonEdges = new ButtonEdgeQueue();
            button = new ButtonInput(gpio, buttonEdges, buttonSettings.DebounceMilliseconds);
            ButtonGestureRecognizer gestures = new ButtonGestureRecognizer(buttonSettings);
            StatusLedSequencer ledSequencer = new StatusLedSequencer();

            // Links to the host: Bluetooth and the serial cable, the same frames on both.
            BleGattServer bluetooth = new BleGattServer();
            UsbSerialLink serial = OpenSerial();
            IFrameLink link = new LinkFanOut(bluetooth, serial == null ? null : new SerialFramingLink(serial));
            ProtocolEventSink events = new ProtocolEventSink(link);
            LiveAngleStream liveAngles = new LiveAngleStream(link, configuration);
            RawImuStream rawImu = new RawImuStream(link);
            AccelerometerCalibrationProgressStream accelerometerProgress = new AccelerometerCalibrationProgressStream(link);
            DeviceControl deviceControl = new DeviceControl();
            ControlHandler control = new ControlHandler(configuration, events, rawImu, deviceControl, link, (ushort)new Random().Next(65536));
            control.Status.FirmwareMajor = FirmwareMajor;
            control.Status.FirmwareMinor = FirmwareMinor;
            control.Status.FirmwarePatch = FirmwarePatch;
            bool bluetoothUp = bluetooth.Start(control);
            if (!bluetoothUp) Debug.WriteLine("Bluetooth service could not be created: serial link only");

            // Sensors and the decision logic.
            long now = DeviceClock.NowMicroseconds;
            I2cBusAdapter bus = new I2cBusAdapter();
            Mpu6050Settings sensorSettings = new Mpu6050Settings();
            Mpu6050Driver sacrum = new Mpu6050Driver(bus, BoardConfiguration.SacrumSensorAddress, sensorSettings);
            Mpu6050Driver thoracolumbar = new Mpu6050Driver(bus, BoardConfiguration.ThoracolumbarSensorAddress, sensorSettings);
            sacrum.Start(now);
            thoracolumbar.Start(now);
            SensorPairSampler sampler = new SensorPairSampler(sacrum, thoracolumbar);
            SensorPairSample[] samples = new SensorPairSample[SensorPairSampler.MaximumFramesPerDrain];
            SensorFaultReporter sacrumFaults = new SensorFaultReporter(sacrum, FaultCode.SacrumSensorLost, FaultCode.SacrumSensorRecovered);
            SensorFaultReporter thoracolumbarFaults = new SensorFaultReporter(thoracolumbar, FaultCode.ThoracolumbarSensorLost, FaultCode.ThoracolumbarSensorRecovered);
            DeviceRuntime runtime = new DeviceRuntime(configuration, haptics, events, runtimeSettings, accelerometerStore);

            // Power and the watchdog.
            MotionActivityDetector motion = new MotionActivityDetector();
            IdleSleepPolicy idleSleep = new IdleSleepPolicy(configuration, now);
            MainLoopWatchdog watchdog = new MainLoopWatchdog(WatchdogStallLimitMilliseconds);

            if (WatchdogRestart.ReportPrevious(restartNotes, restartNote, events, now))
            {
                Debug.WriteLine("restarted by the watchdog: loop step " + (int)restartNote.Stage + " hung " + restartNote.StalledMilliseconds + " ms");
            }
            // Only now: the note of the previous run has been taken, so the timer cannot overwrite it first.
            watchdogTimer = new WatchdogTimer(watchdog, restartNotes);

            long nextBatteryRead = now;
            long nextConfigurationSave = now + ConfigurationSaveIntervalMicroseconds;
            long sleepAt = 0;
            uint rawSampleCounter = 0;
            float accelerometerCountsPerG = 1f / sensorSettings.AccelerometerGPerCount;
            float gyroscopeCountsPerDegreePerSecond = 1f / sensorSettings.GyroscopeDegreesPerSecondPerCount;

            while (true)
            {
                now = DeviceClock.NowMicroseconds;

                watchdog.Enter(LoopStage.DrainingSensors);
                int count = sampler.Drain(now, samples);

                watchdog.Enter(LoopStage.UpdatingRuntime);
                for (int i = 0; i < count; i++)
                {
                    long time = samples[i].TimestampMicroseconds;
                    bool thoracolumbarPresent = !samples[i].PelvisOnly;
                    runtime.ProcessSample(time, samples[i].Sacrum, samples[i].Thoracolumbar, thoracolumbarPresent);
                    if (motion.IsMoving(samples[i].Sacrum)) idleSleep.NoteActivity(time);
                    liveAngles.Offer(time, runtime.FlexionDegrees, runtime.SacrumTiltDegrees, runtime.ThoracolumbarTiltDegrees, runtime.Phase, runtime.RepCount);
                    if (rawImu.Active)
                    {
                        rawSampleCounter++;
                        OfferRaw(rawImu, rawSampleCounter, ImuSensorPosition.Sacrum, samples[i].Sacrum, accelerometerCountsPerG, gyroscopeCountsPerDegreePerSecond);
                        if (thoracolumbarPresent)
                            OfferRaw(rawImu, rawSampleCounter, ImuSensorPosition.Thoracolumbar, samples[i].Thoracolumbar, accelerometerCountsPerG, gyroscopeCountsPerDegreePerSecond);
                    }
                }
                sacrumFaults.Update(events, now);
                thoracolumbarFaults.Update(events, now);
                bool midSet = IsRepInProgress(runtime.Phase);
                deviceControl.SetRepInProgress(midSet);

                watchdog.Enter(LoopStage.ServicingLink);
                events.Pump();
                if (serial != null) serial.Poll(control);
                if (deviceControl.TakeRecalibration()) runtime.Recalibrate();
                int accelerometerTimeLimitSeconds;
                if (deviceControl.TakeAccelerometerCalibrationStart(out accelerometerTimeLimitSeconds)
                    && !runtime.BeginAccelerometerCalibration(now, accelerometerTimeLimitSeconds))
                    Debug.WriteLine("six-position calibration not started: a rep began");
                if (deviceControl.TakeAccelerometerCalibrationCancel()) runtime.CancelAccelerometerCalibration();
                accelerometerProgress.Offer(now, runtime.AccelerometerCalibrationProcedure);
                HapticPatternKind identifyPattern;
                if (deviceControl.TakeIdentify(out identifyPattern)) identifyBuzz.Start(identifyPattern, now);
                if (deviceControl.SleepRequested && sleepAt == 0) sleepAt = now + SleepCommandDelayMicroseconds;

                watchdog.Enter(LoopStage.ServicingButton);
                long edgeTime;
                bool pressed;
                while (buttonEdges.TryDequeue(out edgeTime, out pressed))
                {
                    if (pressed) gestures.Pressed(edgeTime);
                    else gestures.Released(edgeTime);
                    idleSleep.NoteActivity(edgeTime);
                }
                switch (gestures.Update(now))
                {
                    case ButtonGesture.LongPress:
                        if (!midSet && !runtime.IsCalibratingAccelerometers)
                        {
                            runtime.Recalibrate();
                            haptics.PlayStatus(StatusBuzzPatterns.RecalibrationStarted);
                        }
                        break;
                    case ButtonGesture.DoublePress:
                        configuration.SetBuzzEnabled(!configuration.BuzzEnabled);
                        events.ConfigurationChanged(configuration, now);
                        haptics.PlayStatus(configuration.BuzzEnabled ? StatusBuzzPatterns.BuzzEnabled : StatusBuzzPatterns.BuzzDisabled);
                        break;
                }

                watchdog.Enter(LoopStage.ReadingBattery);
                if (now >= nextBatteryRead && !haptics.IsMotorOn)
                {
                    nextBatteryRead = now + BatteryReadIntervalMicroseconds;
                    float volts = batteryInput.ReadVolts();
                    BatteryEvent batteryEvent = battery.Update(volts);
                    motor.SetSupplyVolts(battery.Volts);
                    control.Status.BatteryMillivolts = (ushort)(battery.Volts * 1000f);
                    control.Status.BatteryPercent = (byte)(battery.Percent + 0.5f);
                    if (batteryEvent == BatteryEvent.BecameLow)
                    {
                        haptics.PlayStatus(StatusBuzzPatterns.LowBattery);
                        events.Fault(FaultCode.BatteryLow, now);
                    }
                    else if (batteryEvent == BatteryEvent.BecameCritical && sleepAt == 0)
                    {
                        events.Fault(FaultCode.BatteryLow, now);
                        sleepAt = now + SleepCommandDelayMicroseconds;
                    }
                }
                control.Status.SensorHealth = (byte)((sacrumFaults.IsRunning ? StatusMessage.SacrumSensorRespondingFlag : 0)
                    | (thoracolumbarFaults.IsRunning ? StatusMessage.ThoracolumbarSensorRespondingFlag : 0)
                    | (runtime.IsPelvisOnly ? StatusMessage.PelvisOnlyFlag : 0)
                    | (runtime.IsCalibratingAccelerometers ? StatusMessage.AccelerometerCalibrationActiveFlag : 0)
                    | (runtime.HasAccelerometerCalibrations ? StatusMessage.AccelerometersCalibratedFlag : 0));
                control.Status.Calibration = runtime.IsCalibrated ? CalibrationState.Calibrated : CalibrationState.Calibrating;

                watchdog.Enter(LoopStage.ServicingLed);
                bool fault = sacrumFaults.IsLost || !bluetoothUp;
                led.Show(ledSequencer.Update(now, StatusLedPatterns.Select(fault, runtime.IsCalibratingAccelerometers, !runtime.IsCalibrated,
                    battery.IsLow, bluetooth.IsConnected)));
                identifyBuzz.Tick(now);
                haptics.Update(now);

                watchdog.Enter(LoopStage.SavingConfiguration);
                if (now >= nextConfigurationSave)
                {
                    nextConfigurationSave = now + ConfigurationSaveIntervalMicroseconds;
                    if (!configurationStore.SaveIfChanged(configuration)) Debug.WriteLine("settings could not be written to flash");
                }

                bool sleepNow = (sleepAt != 0 && now >= sleepAt) || idleSleep.ShouldSleep(now, bluetooth.IsConnected, midSet);
                if (sleepNow)
                {
                    configurationStore.SaveIfChanged(configuration);
                    led.Show(false);
                    haptics.Drive(false);
                    DeepSleepController.EnterDeepSleep(bus, sacrum);
                }

                watchdog.Enter(LoopStage.Waiting);
                Thread.Sleep(LoopSleepMilliseconds);
            }
        }

        private static UsbSerialLink OpenSerial()
        {
            try
            {
                return new UsbSerialLink();
            }
            catch (Exception)
            {
                Debug.WriteLine("serial port " + BoardConfiguration.SerialPortName + " could not be opened: Bluetooth only");
                return null;
            }
        }

        private static bool IsRepInProgress(SquatPhase phase)
        {
            return phase == SquatPhase.Descent || phase == SquatPhase.Bottom || phase == SquatPhase.Ascent;
        }

        private static void OfferRaw(RawImuStream stream, uint counter, ImuSensorPosition position, ImuSample sample,
            float accelerometerCountsPerG, float gyroscopeCountsPerDegreePerSecond)
        {
            stream.Offer(counter, position,
                ToCounts(sample.Acceleration.X * accelerometerCountsPerG), ToCounts(sample.Acceleration.Y * accelerometerCountsPerG),
                ToCounts(sample.Acceleration.Z * accelerometerCountsPerG), ToCounts(sample.AngularRate.X * gyroscopeCountsPerDegreePerSecond),
                ToCounts(sample.AngularRate.Y * gyroscopeCountsPerDegreePerSecond), ToCounts(sample.AngularRate.Z * gyroscopeCountsPerDegreePerSecond));
        }

        /// <summary>Back to the register's LSBs (the driver scaled them by exactly the setting's factor).</summary>
        private static short ToCounts(float value)
        {
            float rounded = value < 0f ? value - 0.5f : value + 0.5f;
            if (rounded > 32767f) return 32767;
            if (rounded < -32768f) return -32768;
            return (short)rounded;
        }
    }
}
