using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Flexion
{
    /// <summary>
    /// The flexion measure when only the sacrum sensor is available: the pelvis's posterior tilt against its maximum
    /// anterior tilt of the descent (the published event definition: tilt at depth minus the descent's maximum
    /// anterior tilt). Outside a rep the reference is the standing posture, so the value is the posterior tilt since
    /// calibration. Through the ascent the value reached at the bottom is held: the pelvis returning to upright is
    /// not lumbar rounding.
    /// </summary>
    public sealed class PelvisOnlyFlexion
    {
        private float maximumAnteriorTiltDegrees;
        private float heldDegrees;
        private int stage;
        private const int OutsideRep = 0;
        private const int Descending = 1;
        private const int Ascending = 2;

        public PelvisOnlyFlexion()
        {
            Reset();
        }

        /// <summary>Posterior pelvic tilt against the reference, deg; positive = tucking under (lumbar rounding).</summary>
        public float FlexionDegrees { get; private set; }

        /// <summary>Largest anterior (forward) pelvic tilt since the descent began, deg.</summary>
        public float MaximumAnteriorTiltDegrees { get { return maximumAnteriorTiltDegrees; } }

        public void Reset()
        {
            maximumAnteriorTiltDegrees = 0f;
            heldDegrees = 0f;
            stage = OutsideRep;
            FlexionDegrees = 0f;
        }

        public void BeginDescent(float sacrumTiltDegrees)
        {
            stage = Descending;
            maximumAnteriorTiltDegrees = sacrumTiltDegrees;
        }

        public void BeginAscent()
        {
            stage = Ascending;
            heldDegrees = FlexionDegrees;
        }

        public void EndRep()
        {
            stage = OutsideRep;
        }

        public void Update(float sacrumTiltDegrees)
        {
            if (stage == Descending)
            {
                if (sacrumTiltDegrees > maximumAnteriorTiltDegrees) maximumAnteriorTiltDegrees = sacrumTiltDegrees;
                FlexionDegrees = maximumAnteriorTiltDegrees - sacrumTiltDegrees;
            }
            else if (stage == Ascending)
            {
                FlexionDegrees = FloatMath.Min(heldDegrees, maximumAnteriorTiltDegrees - sacrumTiltDegrees);
            }
            else
            {
                FlexionDegrees = -sacrumTiltDegrees;
            }
        }
    }
}
