using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Persistence
{
    /// <summary>
    /// Keeps the six-position accelerometer calibrations of both sensors across power cycles, in their own small
    /// record (layout in AccelerometerCalibrationRecordLayout). Give it its own IConfigurationStorage (one record per
    /// storage, like ConfigurationStore and RestartNoteStore). Load never throws: on anything but an intact, known,
    /// in-range record both calibrations are set to Identity and the result says why. Neither Save nor Load allocates.
    /// </summary>
    public sealed class AccelerometerCalibrationStore
    {
        private readonly IConfigurationStorage storage;
        private readonly byte[] buffer = new byte[AccelerometerCalibrationRecordLayout.BufferLength];
        private Vector3 sacrumOffsetG;
        private Vector3 sacrumScale;
        private Vector3 thoracolumbarOffsetG;
        private Vector3 thoracolumbarScale;

        public AccelerometerCalibrationStore(IConfigurationStorage storage)
        {
            this.storage = storage;
        }

        /// <summary>Writes both calibrations. False, and nothing written, when an offset or scale lies outside the
        /// accepted range (Load would reject it) or the storage refused the write.</summary>
        public bool Save(AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar)
        {
            buffer[0] = AccelerometerCalibrationRecordLayout.MarkerFirst;
            buffer[1] = AccelerometerCalibrationRecordLayout.MarkerSecond;
            buffer[2] = AccelerometerCalibrationRecordLayout.FormatVersion;
            buffer[3] = AccelerometerCalibrationRecordLayout.PayloadLengthVersion1;
            if (!EncodeCalibration(sacrum, AccelerometerCalibrationRecordLayout.SacrumOffset)
                || !EncodeCalibration(thoracolumbar, AccelerometerCalibrationRecordLayout.ThoracolumbarOffset))
                return false;
            int length = RecordBytes.Seal(buffer,
                AccelerometerCalibrationRecordLayout.HeaderLength + AccelerometerCalibrationRecordLayout.PayloadLengthVersion1);
            return storage.Write(buffer, length);
        }

        /// <summary>Fills both calibrations from the stored record, or sets both to Identity and says why not.</summary>
        public AccelerometerCalibrationLoadResult Load(AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar)
        {
            AccelerometerCalibrationLoadResult result = Decode(storage.Read(buffer));
            if (result == AccelerometerCalibrationLoadResult.Loaded)
            {
                sacrum.Set(sacrumOffsetG, sacrumScale);
                thoracolumbar.Set(thoracolumbarOffsetG, thoracolumbarScale);
            }
            else
            {
                Vector3 unity = new Vector3(1f, 1f, 1f);
                sacrum.Set(Vector3.Zero, unity);
                thoracolumbar.Set(Vector3.Zero, unity);
            }
            return result;
        }

        private AccelerometerCalibrationLoadResult Decode(int length)
        {
            if (length < 0) return AccelerometerCalibrationLoadResult.StorageUnreadable;
            if (length == 0) return AccelerometerCalibrationLoadResult.Missing;
            if (length < AccelerometerCalibrationRecordLayout.HeaderLength
                || buffer[0] != AccelerometerCalibrationRecordLayout.MarkerFirst
                || buffer[1] != AccelerometerCalibrationRecordLayout.MarkerSecond)
                return AccelerometerCalibrationLoadResult.Corrupt;
            if (buffer[2] != AccelerometerCalibrationRecordLayout.FormatVersion) return AccelerometerCalibrationLoadResult.UnknownVersion;
            if (buffer[3] != AccelerometerCalibrationRecordLayout.PayloadLengthVersion1
                || length < AccelerometerCalibrationRecordLayout.RecordLengthVersion1
                || !RecordBytes.IsIntact(buffer, AccelerometerCalibrationRecordLayout.RecordLengthVersion1))
                return AccelerometerCalibrationLoadResult.Corrupt;

            int sacrumStart = AccelerometerCalibrationRecordLayout.SacrumOffset;
            int thoracolumbarStart = AccelerometerCalibrationRecordLayout.ThoracolumbarOffset;
            if (!InRange(sacrumStart) || !InRange(thoracolumbarStart)) return AccelerometerCalibrationLoadResult.OutOfRange;
            sacrumOffsetG = DecodeOffsetG(sacrumStart);
            sacrumScale = DecodeScale(sacrumStart);
            thoracolumbarOffsetG = DecodeOffsetG(thoracolumbarStart);
            thoracolumbarScale = DecodeScale(thoracolumbarStart);
            return AccelerometerCalibrationLoadResult.Loaded;
        }

        private bool EncodeCalibration(AccelerometerCalibration calibration, int start)
        {
            Vector3 offsetG = calibration.OffsetG;
            Vector3 scale = calibration.Scale;
            int offsets = start + AccelerometerCalibrationRecordLayout.ZeroGOffsetsOffset;
            int scales = start + AccelerometerCalibrationRecordLayout.ScalesOffset;
            return EncodeOffset(offsetG.X, offsets) && EncodeOffset(offsetG.Y, offsets + 2) && EncodeOffset(offsetG.Z, offsets + 4)
                && EncodeScale(scale.X, scales) && EncodeScale(scale.Y, scales + 4) && EncodeScale(scale.Z, scales + 8);
        }

        private bool EncodeOffset(float offsetG, int position)
        {
            float units = offsetG * AccelerometerCalibrationRecordLayout.OffsetUnitsPerG;
            // Checked as a float first so NaN and huge values never reach the integer conversion.
            if (!(FloatMath.Abs(units) <= AccelerometerCalibrationRecordLayout.MaximumOffsetTenthsOfMilliG + 0.5f)) return false;
            int rounded = RoundToNearest(units);
            if (rounded > AccelerometerCalibrationRecordLayout.MaximumOffsetTenthsOfMilliG
                || rounded < -AccelerometerCalibrationRecordLayout.MaximumOffsetTenthsOfMilliG)
                return false;
            RecordBytes.WriteUInt16(buffer, position, rounded);
            return true;
        }

        private bool EncodeScale(float scale, int position)
        {
            float units = (scale - 1f) * AccelerometerCalibrationRecordLayout.ScaleUnitsPerUnity;
            if (!(FloatMath.Abs(units) <= AccelerometerCalibrationRecordLayout.MaximumScaleDeviationPartsPerMillion + 0.5f)) return false;
            int rounded = RoundToNearest(units);
            if (rounded > AccelerometerCalibrationRecordLayout.MaximumScaleDeviationPartsPerMillion
                || rounded < -AccelerometerCalibrationRecordLayout.MaximumScaleDeviationPartsPerMillion)
                return false;
            RecordBytes.WriteInt32(buffer, position, rounded);
            return true;
        }

        private bool InRange(int start)
        {
            int offsets = start + AccelerometerCalibrationRecordLayout.ZeroGOffsetsOffset;
            int scales = start + AccelerometerCalibrationRecordLayout.ScalesOffset;
            for (int axis = 0; axis < 3; axis++)
            {
                int offset = ReadInt16(offsets + 2 * axis);
                if (offset > AccelerometerCalibrationRecordLayout.MaximumOffsetTenthsOfMilliG
                    || offset < -AccelerometerCalibrationRecordLayout.MaximumOffsetTenthsOfMilliG)
                    return false;
                int deviation = RecordBytes.ReadInt32(buffer, scales + 4 * axis);
                if (deviation > AccelerometerCalibrationRecordLayout.MaximumScaleDeviationPartsPerMillion
                    || deviation < -AccelerometerCalibrationRecordLayout.MaximumScaleDeviationPartsPerMillion)
                    return false;
            }
            return true;
        }

        private Vector3 DecodeOffsetG(int start)
        {
            int offsets = start + AccelerometerCalibrationRecordLayout.ZeroGOffsetsOffset;
            float perUnit = 1f / AccelerometerCalibrationRecordLayout.OffsetUnitsPerG;
            return new Vector3(ReadInt16(offsets) * perUnit, ReadInt16(offsets + 2) * perUnit, ReadInt16(offsets + 4) * perUnit);
        }

        private Vector3 DecodeScale(int start)
        {
            int scales = start + AccelerometerCalibrationRecordLayout.ScalesOffset;
            return new Vector3(ScaleFrom(RecordBytes.ReadInt32(buffer, scales)), ScaleFrom(RecordBytes.ReadInt32(buffer, scales + 4)),
                ScaleFrom(RecordBytes.ReadInt32(buffer, scales + 8)));
        }

        private static float ScaleFrom(int partsPerMillion)
        {
            return 1f + partsPerMillion / AccelerometerCalibrationRecordLayout.ScaleUnitsPerUnity;
        }

        /// <summary>The signed 16-bit little-endian value at position.</summary>
        private int ReadInt16(int position)
        {
            return (RecordBytes.ReadUInt16(buffer, position) ^ 0x8000) - 0x8000;
        }

        private static int RoundToNearest(float value)
        {
            return value >= 0f ? (int)(value + 0.5f) : -(int)(-value + 0.5f);
        }
    }
}
