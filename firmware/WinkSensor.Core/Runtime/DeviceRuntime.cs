using WinkSensor.Core.Alignment;
using WinkSensor.Core.Calibration;
using WinkSensor.Core.Flexion;
using WinkSensor.Core.Fusion;
using WinkSensor.Core.Hardware;
using WinkSensor.Core.Kinematics;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Persistence;
using WinkSensor.Core.Reps;
using WinkSensor.Core.Sensors;
using WinkSensor.Core.Wink;

namespace WinkSensor.Core.Runtime
{
    /// <summary>
    /// The one object the firmware main loop (and the replay, and the virtual wearable) calls with each pair of
    /// sensor samples. It calibrates on a still stand, estimates both segments' tilt, lumbopelvic flexion, the squat
    /// phase and reps, raises the wink alarm, plays the haptic patterns and reports to the event sink. On the host's
    /// request it runs the six-position accelerometer calibration instead (squat detection paused).
    /// Nothing is allocated per sample.
    /// </summary>
    public sealed class DeviceRuntime
    {
        private readonly RuntimeSettings settings;
        private readonly DeviceConfiguration configuration;
        private readonly IDeviceEventSink sink;
        private readonly HapticSequencer haptics;
        private readonly InclinationFilter sacrumFilter;
        private readonly InclinationFilter thoracolumbarFilter;
        private readonly StillnessDetector sacrumStillness;
        private readonly StillnessDetector thoracolumbarStillness;
        private readonly SegmentAlignment sacrumAlignment;
        private readonly SegmentAlignment thoracolumbarAlignment;
        private readonly PelvisOnlyFlexion pelvisOnlyFlexion;
        private readonly WinkDetector winkDetector;
        private readonly SacrumVerticalMotion verticalMotion;
        private readonly RepSegmenter segmenter;
        private readonly RepRecord rep = new RepRecord();
        private readonly WinkRecord wink = new WinkRecord();
        private readonly AccelerometerCalibrationProcedure accelerometerProcedure;
        private readonly AccelerometerCalibrationStore accelerometerStore;

        private bool calibrated;
        private bool hasPreviousSample;
        private long previousMicroseconds;
        private long calibrationStartMicroseconds;
        private bool calibrationFailureReported;
        private bool thoracolumbarWasPresent;
        private bool thoracolumbarUsable;
        private bool repPelvisOnly;
        private bool repAwaitingMeasurement;
        private float repPeakFlexion;
        private long ascentStartMicroseconds;
        private float flexionDegrees;
        private float sacrumTiltDegrees;
        private float thoracolumbarTiltDegrees;

        public DeviceRuntime(DeviceConfiguration configuration, IHapticMotor motor, IDeviceEventSink sink)
            : this(configuration, motor, sink, new RuntimeSettings())
        {
        }

        public DeviceRuntime(DeviceConfiguration configuration, IHapticMotor motor, IDeviceEventSink sink, RuntimeSettings settings)
            : this(configuration, motor, sink, settings, null)
        {
        }

        /// <param name="accelerometerStore">Where a completed six-position accelerometer calibration is kept (flash on
        /// the device); null = used until power-off only.</param>
        public DeviceRuntime(DeviceConfiguration configuration, IHapticMotor motor, IDeviceEventSink sink, RuntimeSettings settings,
            AccelerometerCalibrationStore accelerometerStore)
        {
            this.accelerometerStore = accelerometerStore;
            accelerometerProcedure = new AccelerometerCalibrationProcedure(settings.AccelerometerCalibrationProcedure);
            this.settings = settings;
            this.configuration = configuration;
            this.sink = sink;
            haptics = new HapticSequencer(motor);
            sacrumFilter = new InclinationFilter(settings.Fusion);
            thoracolumbarFilter = new InclinationFilter(settings.Fusion);
            sacrumStillness = new StillnessDetector(settings.Alignment);
            thoracolumbarStillness = new StillnessDetector(settings.Alignment);
            sacrumAlignment = new SegmentAlignment(settings.Alignment);
            thoracolumbarAlignment = new SegmentAlignment(settings.Alignment);
            pelvisOnlyFlexion = new PelvisOnlyFlexion();
            winkDetector = new WinkDetector(settings.Wink);
            verticalMotion = new SacrumVerticalMotion(settings.VerticalMotion);
            segmenter = new RepSegmenter(settings.Reps, verticalMotion);
        }

        /// <summary>The wearer's settings (threshold, buzz on/off, pattern); change them through its validated setters.</summary>
        public DeviceConfiguration Configuration { get { return configuration; } }

        public bool IsCalibrated { get { return calibrated; } }

        /// <summary>True while flexion comes from the sacrum alone (thoracolumbar sensor absent, failed or not yet calibrated).</summary>
        public bool IsPelvisOnly { get { return !thoracolumbarUsable; } }

        /// <summary>Current lumbopelvic flexion, deg, positive = lumbar rounding, zero at the standing calibration.
        /// In pelvis-only mode: the posterior pelvic tilt measure (see PelvisOnlyFlexion).</summary>
        public float FlexionDegrees { get { return flexionDegrees; } }

        /// <summary>Sagittal forward tilt of the sacrum against standing, deg.</summary>
        public float SacrumTiltDegrees { get { return sacrumTiltDegrees; } }

        /// <summary>Sagittal forward tilt of the thoracolumbar segment against standing, deg (0 when not usable).</summary>
        public float ThoracolumbarTiltDegrees { get { return thoracolumbarTiltDegrees; } }

        public SquatPhase Phase { get { return calibrated && !accelerometerProcedure.IsRunning ? segmenter.Phase : SquatPhase.Calibrating; } }

        /// <summary>True while the six-position accelerometer calibration runs (squat detection paused).</summary>
        public bool IsCalibratingAccelerometers { get { return accelerometerProcedure.IsRunning; } }

        /// <summary>The six-position procedure, for its progress (faces, hold, results, time left). Read it only:
        /// start and stop it through BeginAccelerometerCalibration and CancelAccelerometerCalibration.</summary>
        public AccelerometerCalibrationProcedure AccelerometerCalibrationProcedure { get { return accelerometerProcedure; } }

        /// <summary>True when both sensors' accelerometer calibrations in use are six-position ones (not Identity).</summary>
        public bool HasAccelerometerCalibrations
        {
            get { return !settings.SacrumAccelerometer.IsIdentity && !settings.ThoracolumbarAccelerometer.IsIdentity; }
        }

        /// <summary>
        /// Enters (or, while it runs, starts over) the six-position accelerometer calibration: from the next sample on,
        /// the raw samples go to the procedure and squat detection pauses. False, and nothing changes, during a rep.
        /// </summary>
        /// <param name="timeLimitSeconds">s; 0 = the default (AccelerometerCalibrationProcedureSettings).</param>
        public bool BeginAccelerometerCalibration(long timeMicroseconds, int timeLimitSeconds)
        {
            if (!accelerometerProcedure.IsRunning && IsInRep(Phase)) return false;
            if (!accelerometerProcedure.IsRunning) Recalibrate();
            accelerometerProcedure.Begin(timeMicroseconds, timeLimitSeconds);
            return true;
        }

        /// <summary>Leaves a running six-position calibration, keeping the calibrations in use, and starts the standing
        /// calibration again. False when none was running.</summary>
        public bool CancelAccelerometerCalibration()
        {
            if (!accelerometerProcedure.Cancel()) return false;
            RestartAfterAccelerometerCalibration();
            return true;
        }

        public int RepCount { get { return segmenter.RepCount; } }

        /// <summary>Unit up vector in the sacrum sensor's frame.</summary>
        public Vector3 SacrumUp { get { return sacrumFilter.Up; } }

        /// <summary>Unit up vector in the thoracolumbar sensor's frame (valid when HasThoracolumbarUp).</summary>
        public Vector3 ThoracolumbarUp { get { return thoracolumbarFilter.Up; } }

        /// <summary>True when the thoracolumbar sensor delivered the last sample and its filter is running.</summary>
        public bool HasThoracolumbarUp { get { return thoracolumbarWasPresent && thoracolumbarFilter.IsInitialised; } }

        /// <summary>Current rise over the rep's own wink reference, deg (0 outside a squat).</summary>
        public float WinkRiseDegrees { get { return winkDetector.RiseDegrees; } }

        public SegmentAlignment SacrumAlignment { get { return sacrumAlignment; } }

        public SegmentAlignment ThoracolumbarAlignment { get { return thoracolumbarAlignment; } }

        /// <summary>Pelvis vertical speed, m/s, up positive (inside a candidate rep).</summary>
        public float PelvisVerticalSpeedMetersPerSecond { get { return segmenter.VerticalSpeedMetersPerSecond; } }

        /// <summary>Pelvis height against standing, m (inside a candidate rep).</summary>
        public float PelvisHeightMeters { get { return segmenter.HeightMeters; } }

        /// <summary>Forget the standing posture and flexion axes; the next still stand calibrates again.</summary>
        public void Recalibrate()
        {
            segmenter.MeasureNow();
            ReportMeasuredRep();
            calibrated = false;
            calibrationFailureReported = false;
            calibrationStartMicroseconds = previousMicroseconds;
            sacrumStillness.Reset();
            thoracolumbarStillness.Reset();
            sacrumAlignment.Reset();
            thoracolumbarAlignment.Reset();
            pelvisOnlyFlexion.Reset();
            thoracolumbarUsable = false;
            flexionDegrees = 0f;
        }

        /// <summary>
        /// One pair of raw samples: the sacrum's always, the thoracolumbar sensor's when present. Each sensor's
        /// accelerometer calibration (RuntimeSettings) is applied before anything else.
        /// </summary>
        public void ProcessSample(long timeMicroseconds, ImuSample sacrum, ImuSample thoracolumbar, bool thoracolumbarPresent)
        {
            if (accelerometerProcedure.IsRunning)
            {
                CalibrateAccelerometers(timeMicroseconds, sacrum, thoracolumbar, thoracolumbarPresent);
                return;
            }
            settings.SacrumAccelerometer.Apply(ref sacrum);
            if (thoracolumbarPresent) settings.ThoracolumbarAccelerometer.Apply(ref thoracolumbar);

            float dt = settings.NominalSamplePeriodSeconds;
            if (hasPreviousSample)
            {
                float elapsed = (timeMicroseconds - previousMicroseconds) * 1e-6f;
                if (elapsed > 0f) dt = FloatMath.Min(elapsed, settings.MaximumSamplePeriodSeconds);
            }
            else
            {
                calibrationStartMicroseconds = timeMicroseconds;
                thoracolumbarWasPresent = thoracolumbarPresent;
            }
            hasPreviousSample = true;
            previousMicroseconds = timeMicroseconds;

            TrackThoracolumbarPresence(timeMicroseconds, thoracolumbarPresent);

            sacrum.AngularRate = sacrum.AngularRate - sacrumAlignment.GyroscopeOffsetDegreesPerSecond;
            sacrumFilter.Update(sacrum, dt);
            if (thoracolumbarPresent)
            {
                thoracolumbar.AngularRate = thoracolumbar.AngularRate - thoracolumbarAlignment.GyroscopeOffsetDegreesPerSecond;
                thoracolumbarFilter.Update(thoracolumbar, dt);
            }

            if (!calibrated) Calibrate(timeMicroseconds, sacrum, thoracolumbar, thoracolumbarPresent);
            else Track(timeMicroseconds, dt, sacrum, thoracolumbar, thoracolumbarPresent);

            if (!configuration.BuzzEnabled && haptics.IsPlaying) haptics.Stop();
            haptics.Tick(timeMicroseconds);
        }

        /// <summary>One sample during the six-position calibration: raw, before any accelerometer calibration.</summary>
        private void CalibrateAccelerometers(long timeMicroseconds, ImuSample sacrum, ImuSample thoracolumbar, bool thoracolumbarPresent)
        {
            hasPreviousSample = true;
            previousMicroseconds = timeMicroseconds;
            AccelerometerCalibrationChange change = accelerometerProcedure.Update(timeMicroseconds, sacrum, thoracolumbar, thoracolumbarPresent);
            if (change == AccelerometerCalibrationChange.FaceCaptured) Buzz(HapticPatternKind.AccelerometerFaceCaptured, timeMicroseconds);
            else if (change == AccelerometerCalibrationChange.Ended) EndAccelerometerCalibration(timeMicroseconds);
            if (!configuration.BuzzEnabled && haptics.IsPlaying) haptics.Stop();
            haptics.Tick(timeMicroseconds);
        }

        private void EndAccelerometerCalibration(long timeMicroseconds)
        {
            if (accelerometerProcedure.State == AccelerometerCalibrationState.Complete)
            {
                AccelerometerCalibration sacrum = accelerometerProcedure.SacrumCalibration;
                AccelerometerCalibration thoracolumbar = accelerometerProcedure.ThoracolumbarCalibration;
                settings.SacrumAccelerometer.Set(sacrum.OffsetG, sacrum.Scale);
                settings.ThoracolumbarAccelerometer.Set(thoracolumbar.OffsetG, thoracolumbar.Scale);
                bool kept = accelerometerStore != null && accelerometerStore.Save(settings.SacrumAccelerometer, settings.ThoracolumbarAccelerometer);
                sink.AccelerometerCalibrated(timeMicroseconds, settings.SacrumAccelerometer, settings.ThoracolumbarAccelerometer, kept);
                Buzz(HapticPatternKind.AccelerometerCalibrationComplete, timeMicroseconds);
            }
            else
            {
                Buzz(HapticPatternKind.Fault, timeMicroseconds);
            }
            RestartAfterAccelerometerCalibration();
        }

        /// <summary>The boards were tumbled: the fusion filters start from scratch and the wearer stands still again.</summary>
        private void RestartAfterAccelerometerCalibration()
        {
            Recalibrate();
            sacrumFilter.Reset();
            thoracolumbarFilter.Reset();
        }

        private static bool IsInRep(SquatPhase phase)
        {
            return phase == SquatPhase.Descent || phase == SquatPhase.Bottom || phase == SquatPhase.Ascent;
        }

        private void TrackThoracolumbarPresence(long timeMicroseconds, bool present)
        {
            if (present == thoracolumbarWasPresent) return;
            thoracolumbarWasPresent = present;
            thoracolumbarFilter.Reset();
            thoracolumbarStillness.Reset();
            if (!calibrated) return;
            sink.Fault(present ? FaultCode.ThoracolumbarSensorRecovered : FaultCode.ThoracolumbarSensorLost, timeMicroseconds);
            if (!present) Buzz(HapticPatternKind.Fault, timeMicroseconds);
        }

        private void Calibrate(long timeMicroseconds, ImuSample sacrum, ImuSample thoracolumbar, bool thoracolumbarPresent)
        {
            flexionDegrees = 0f;
            // The stillness detectors see the raw samples: their mean angular rate is the gyroscope offset.
            sacrum.AngularRate = sacrum.AngularRate + sacrumAlignment.GyroscopeOffsetDegreesPerSecond;
            sacrumStillness.Update(timeMicroseconds, sacrum);
            if (thoracolumbarPresent)
            {
                thoracolumbar.AngularRate = thoracolumbar.AngularRate + thoracolumbarAlignment.GyroscopeOffsetDegreesPerSecond;
                thoracolumbarStillness.Update(timeMicroseconds, thoracolumbar);
            }
            bool sacrumReady = sacrumStillness.IsStillLongEnough;
            bool thoracolumbarReady = !thoracolumbarPresent || thoracolumbarStillness.IsStillLongEnough;
            if (!(sacrumReady && thoracolumbarReady))
            {
                float waited = (timeMicroseconds - calibrationStartMicroseconds) * 1e-6f;
                if (!calibrationFailureReported && waited > settings.Alignment.CalibrationTimeoutSeconds)
                {
                    calibrationFailureReported = true;
                    sink.Fault(FaultCode.CalibrationFailed, timeMicroseconds);
                    Buzz(HapticPatternKind.Fault, timeMicroseconds);
                }
                return;
            }

            sacrumAlignment.Calibrate(sacrumStillness.MeanAccelerationG, sacrumStillness.GyroscopeOffsetDegreesPerSecond);
            RestartFilter(sacrumFilter, sacrum, sacrumAlignment);
            if (thoracolumbarPresent)
            {
                thoracolumbarAlignment.Calibrate(thoracolumbarStillness.MeanAccelerationG, thoracolumbarStillness.GyroscopeOffsetDegreesPerSecond);
                RestartFilter(thoracolumbarFilter, thoracolumbar, thoracolumbarAlignment);
            }
            thoracolumbarUsable = thoracolumbarPresent;
            calibrated = true;
            verticalMotion.CalibrateStanding(sacrumAlignment.StandingGravityG);
            segmenter.Reset(timeMicroseconds);
            pelvisOnlyFlexion.Reset();
            winkDetector.BeginRep(timeMicroseconds, 0f, 0f);
            sink.Calibrated(timeMicroseconds);
            Buzz(HapticPatternKind.Calibrated, timeMicroseconds);
        }

        /// <summary>Restarts a filter from the current (still) sample with the measured gyroscope offset removed.</summary>
        private void RestartFilter(InclinationFilter filter, ImuSample rawSample, SegmentAlignment alignment)
        {
            filter.Reset();
            rawSample.AngularRate = rawSample.AngularRate - alignment.GyroscopeOffsetDegreesPerSecond;
            filter.Update(rawSample, settings.NominalSamplePeriodSeconds);
        }

        private void Track(long timeMicroseconds, float dt, ImuSample sacrum, ImuSample thoracolumbar, bool thoracolumbarPresent)
        {
            CalibrateLateThoracolumbar(timeMicroseconds, thoracolumbar, thoracolumbarPresent);
            // Switch back to two sensors only between reps, so one rep is measured one way.
            bool thoracolumbarReady = thoracolumbarPresent && thoracolumbarAlignment.IsCalibrated && thoracolumbarFilter.IsInitialised;
            if (!thoracolumbarReady) thoracolumbarUsable = false;
            else if (!thoracolumbarUsable && segmenter.Phase == SquatPhase.Standing) thoracolumbarUsable = true;

            Vector3 sacrumUp = sacrumFilter.Up;
            Vector3 thoracolumbarUp = thoracolumbarFilter.Up;
            sacrumTiltDegrees = sacrumAlignment.SagittalTiltDegrees(sacrumUp);
            thoracolumbarTiltDegrees = thoracolumbarUsable ? thoracolumbarAlignment.SagittalTiltDegrees(thoracolumbarUp) : 0f;

            verticalMotion.Update(sacrum.Acceleration, sacrumUp, sacrumTiltDegrees, dt, timeMicroseconds);
            float angularRateSquared = sacrumFilter.CorrectedAngularRateDegreesPerSecond.LengthSquared;
            if (thoracolumbarUsable)
                angularRateSquared = FloatMath.Max(angularRateSquared, thoracolumbarFilter.CorrectedAngularRateDegreesPerSecond.LengthSquared);
            float angularRate = FloatMath.Sqrt(angularRateSquared);

            RepSegmenterEvent change = segmenter.Update(timeMicroseconds, dt, sacrumTiltDegrees,
                thoracolumbarTiltDegrees, thoracolumbarUsable, angularRate);
            if (segmenter.HasNewMeasurement) ReportMeasuredRep();
            SquatPhase phase = segmenter.Phase;

            if (change == RepSegmenterEvent.DescentStarted) pelvisOnlyFlexion.BeginDescent(sacrumTiltDegrees);
            else if (change == RepSegmenterEvent.AscentStarted)
            {
                pelvisOnlyFlexion.BeginAscent();
                winkDetector.BeginAscent(timeMicroseconds);
                ascentStartMicroseconds = timeMicroseconds;
            }
            pelvisOnlyFlexion.Update(sacrumTiltDegrees);
            flexionDegrees = thoracolumbarUsable
                ? LumbopelvicFlexion.FromSegmentTilts(thoracolumbarTiltDegrees, sacrumTiltDegrees)
                : pelvisOnlyFlexion.FlexionDegrees;

            if (change == RepSegmenterEvent.DescentStarted)
            {
                winkDetector.BeginRep(timeMicroseconds, sacrumTiltDegrees, flexionDegrees);
                repPelvisOnly = !thoracolumbarUsable;
                repPeakFlexion = flexionDegrees;
                sacrumAlignment.BeginMotion();
                thoracolumbarAlignment.BeginMotion();
            }
            bool insideRep = phase == SquatPhase.Descent || phase == SquatPhase.Bottom || phase == SquatPhase.Ascent
                || change == RepSegmenterEvent.RepCompleted;
            if (insideRep)
            {
                if (!thoracolumbarUsable) repPelvisOnly = true;
                if (flexionDegrees > repPeakFlexion) repPeakFlexion = flexionDegrees;
                // The tilts of this sample were measured about these axes; the swing below may replace a provisional one.
                bool axesFromMotion = sacrumAlignment.IsAxisFromMotion
                    && (!thoracolumbarUsable || thoracolumbarAlignment.IsAxisFromMotion);
                if (phase == SquatPhase.Descent)
                {
                    sacrumAlignment.AccumulateSwing(sacrumUp);
                    if (thoracolumbarUsable) thoracolumbarAlignment.AccumulateSwing(thoracolumbarUp);
                }
                bool armed = phase == SquatPhase.Descent || phase == SquatPhase.Bottom;
                // A wink that peaks just after the turn still counts. Only with both sensors: the pelvis alone tilts
                // back as the wearer rises, which the trunk rising with it cancels in the lumbopelvic angle.
                if (phase == SquatPhase.Ascent && thoracolumbarUsable
                    && (timeMicroseconds - ascentStartMicroseconds) * 1e-6f <= settings.Wink.AscentArmedSeconds)
                    armed = true;
                // A trunk back upright while the pelvis is low is sitting down; the seated slump that follows is not a wink.
                if (thoracolumbarUsable && phase != SquatPhase.Descent
                    && FloatMath.Abs(thoracolumbarTiltDegrees) < settings.Reps.SeatedTrunkTiltDegrees)
                    armed = false;
                // About a provisional axis (a board facing the skin has it the wrong way round) the pelvis may seem
                // to tuck under as the descent starts: no alarm, and the reference is taken again about the new axis.
                if (!axesFromMotion) armed = false;
                if (winkDetector.Update(timeMicroseconds, sacrumTiltDegrees, flexionDegrees, segmenter.HeightMeters,
                    !thoracolumbarUsable, armed, configuration.WinkThresholdDegrees))
                    RaiseWink(timeMicroseconds);
                if (!axesFromMotion) winkDetector.ForgetReference();
            }

            switch (change)
            {
                case RepSegmenterEvent.RepCompleted:
                    CompleteRep();
                    CommitAxes();
                    pelvisOnlyFlexion.EndRep();
                    break;
                case RepSegmenterEvent.BendRejected:
                    CommitAxes();
                    pelvisOnlyFlexion.EndRep();
                    break;
                case RepSegmenterEvent.OtherRejected:
                    sacrumAlignment.DiscardMotion();
                    thoracolumbarAlignment.DiscardMotion();
                    pelvisOnlyFlexion.EndRep();
                    break;
            }
        }

        private void CalibrateLateThoracolumbar(long timeMicroseconds, ImuSample thoracolumbar, bool thoracolumbarPresent)
        {
            // A thoracolumbar sensor absent at the standing calibration is calibrated at the next still stand.
            if (!thoracolumbarPresent || thoracolumbarAlignment.IsCalibrated) return;
            thoracolumbar.AngularRate = thoracolumbar.AngularRate + thoracolumbarAlignment.GyroscopeOffsetDegreesPerSecond;
            thoracolumbarStillness.Update(timeMicroseconds, thoracolumbar);
            if (segmenter.Phase != SquatPhase.Standing || !thoracolumbarStillness.IsStillLongEnough) return;
            if (FloatMath.Abs(sacrumTiltDegrees) > 5f) return;
            thoracolumbarAlignment.Calibrate(thoracolumbarStillness.MeanAccelerationG, thoracolumbarStillness.GyroscopeOffsetDegreesPerSecond);
            RestartFilter(thoracolumbarFilter, thoracolumbar, thoracolumbarAlignment);
        }

        private void CommitAxes()
        {
            sacrumAlignment.CommitMotion();
            if (!repPelvisOnly) thoracolumbarAlignment.CommitMotion();
        }

        private void RaiseWink(long timeMicroseconds)
        {
            wink.RepNumber = segmenter.RepCount + 1;
            wink.AlarmMicroseconds = timeMicroseconds;
            wink.OnsetMicroseconds = winkDetector.OnsetMicroseconds;
            wink.MagnitudeDegrees = winkDetector.MagnitudeAtAlarmDegrees;
            Buzz(configuration.WinkPattern, timeMicroseconds);
            sink.WinkDetected(wink);
        }

        private void CompleteRep()
        {
            rep.RepNumber = segmenter.RepCount;
            rep.StartMicroseconds = segmenter.StartMicroseconds;
            rep.BottomMicroseconds = segmenter.BottomMicroseconds;
            rep.EndMicroseconds = segmenter.EndMicroseconds;
            rep.PeakFlexionDegrees = repPeakFlexion;
            rep.Wink = winkDetector.HasAlarmed;
            rep.PelvisOnly = repPelvisOnly;
            rep.WinkOnsetMicroseconds = winkDetector.HasAlarmed ? winkDetector.OnsetMicroseconds : winkDetector.PeakOnsetMicroseconds;
            rep.WinkMagnitudeDegrees = winkDetector.PeakRiseDegrees;
            repAwaitingMeasurement = true;
        }

        /// <summary>Reports the completed rep once the segmenter has measured its depth and speed (the sacrum settled).</summary>
        private void ReportMeasuredRep()
        {
            if (!repAwaitingMeasurement) return;
            repAwaitingMeasurement = false;
            RepKinematics kinematics = segmenter.Kinematics;
            rep.DepthMeters = kinematics.DepthCentimetres / 100f;
            rep.MeanConcentricVelocityMetersPerSecond = kinematics.MeanConcentricVelocityMetersPerSecond;
            rep.PeakConcentricVelocityMetersPerSecond = kinematics.PeakConcentricVelocityMetersPerSecond;
            float onsetDepth = rep.Wink ? verticalMotion.DepthBelowStandingCentimetresAt(rep.WinkOnsetMicroseconds) : float.NaN;
            // An onset just before the descent can sit a few mm above standing: that is no depth, not a negative one.
            if (onsetDepth < 0f) onsetDepth = 0f;
            rep.WinkOnsetDepthCentimetres = onsetDepth;
            rep.WinkOnsetFractionOfDepth = kinematics.DepthCentimetres > 0f ? onsetDepth / kinematics.DepthCentimetres : float.NaN;
            sink.RepCompleted(rep);
        }

        private void Buzz(HapticPatternKind kind, long timeMicroseconds)
        {
            if (configuration.BuzzEnabled) haptics.Start(kind, timeMicroseconds);
        }
    }
}
