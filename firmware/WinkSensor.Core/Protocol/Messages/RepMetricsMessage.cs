namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// Event 0x06, 18 bytes: a rep's depth and velocity, and where in the descent the wink began.
    /// Unsigned fixed point; ProtocolUnits.NotAvailable (0xFFFF) marks a value not measured (onset fields of a rep without a wink).
    /// </summary>
    public sealed class RepMetricsMessage : ProtocolMessage
    {
        public const int FrameLength = 18;
        /// <summary>Scale of OnsetFractionOfDepth: 10 000 = the whole depth.</summary>
        public const ushort FractionScale = 10000;

        public ushort RepNumber;
        /// <summary>Vertical travel of the hips from standing to the bottom, mm.</summary>
        public ushort DepthMillimetres;
        public ushort MeanConcentricVelocityMillimetresPerSecond;
        public ushort PeakConcentricVelocityMillimetresPerSecond;
        /// <summary>Depth at the wink onset, mm; NotAvailable without a wink.</summary>
        public ushort OnsetDepthMillimetres;
        /// <summary>Onset depth over rep depth, 1/10 000 (0..10 000); NotAvailable without a wink.</summary>
        public ushort OnsetFractionOfDepth;

        public override FrameType Type { get { return FrameType.RepMetrics; } }
        public override int Length { get { return FrameLength; } }

        /// <summary>From the runtime's units; NaN or negative onset values mean "no wink in this rep".</summary>
        public void Set(int repNumber, float depthCentimetres, float meanConcentricVelocityMetresPerSecond,
            float peakConcentricVelocityMetresPerSecond, float onsetDepthCentimetres, float onsetFractionOfDepth)
        {
            RepNumber = ProtocolUnits.ToCount(repNumber);
            DepthMillimetres = ProtocolUnits.ToScaledUInt16(depthCentimetres, 10f);
            MeanConcentricVelocityMillimetresPerSecond = ProtocolUnits.ToScaledUInt16(meanConcentricVelocityMetresPerSecond, 1000f);
            PeakConcentricVelocityMillimetresPerSecond = ProtocolUnits.ToScaledUInt16(peakConcentricVelocityMetresPerSecond, 1000f);
            OnsetDepthMillimetres = ProtocolUnits.ToScaledUInt16(onsetDepthCentimetres, 10f);
            OnsetFractionOfDepth = onsetFractionOfDepth > 1f ? FractionScale : ProtocolUnits.ToScaledUInt16(onsetFractionOfDepth, FractionScale);
        }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt16(buffer, offset, RepNumber);
            LittleEndian.WriteUInt16(buffer, offset + 2, DepthMillimetres);
            LittleEndian.WriteUInt16(buffer, offset + 4, MeanConcentricVelocityMillimetresPerSecond);
            LittleEndian.WriteUInt16(buffer, offset + 6, PeakConcentricVelocityMillimetresPerSecond);
            LittleEndian.WriteUInt16(buffer, offset + 8, OnsetDepthMillimetres);
            LittleEndian.WriteUInt16(buffer, offset + 10, OnsetFractionOfDepth);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            ushort fraction = LittleEndian.ReadUInt16(buffer, offset + 10);
            if (fraction > FractionScale && fraction != ProtocolUnits.NotAvailable) return DecodeResult.BadValue;
            RepNumber = LittleEndian.ReadUInt16(buffer, offset);
            DepthMillimetres = LittleEndian.ReadUInt16(buffer, offset + 2);
            MeanConcentricVelocityMillimetresPerSecond = LittleEndian.ReadUInt16(buffer, offset + 4);
            PeakConcentricVelocityMillimetresPerSecond = LittleEndian.ReadUInt16(buffer, offset + 6);
            OnsetDepthMillimetres = LittleEndian.ReadUInt16(buffer, offset + 8);
            OnsetFractionOfDepth = fraction;
            return DecodeResult.Ok;
        }
    }
}
