using WinkSensor.Host.Recordings;

namespace WinkSensor.Host.Tests.Recordings;

public class RawRecordingReaderTests
{
    private const string TwoSensorHeader = "t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz,tl_ax,tl_ay,tl_az,tl_gx,tl_gy,tl_gz,note";
    private const string Still = "0,0,1,0,0,0";

    private static RawRecording Read(params string[] lines) => RawRecordingReader.Read(new StringReader(string.Join("\n", lines)), "raw.csv");

    private static RecordingFormatException Fails(params string[] lines) => Assert.Throws<RecordingFormatException>(() => Read(lines));

    [Fact]
    public void A_well_formed_two_sensor_file_is_read_with_ignored_extra_columns()
    {
        var recording = Read(TwoSensorHeader, $"0.00,{Still},{Still},a", $"0.01,{Still},0.1,0.2,0.97,1.5,-2,3,b");
        Assert.True(recording.HasThoracolumbarColumns);
        Assert.Equal(2, recording.Rows.Count);
        Assert.Equal(10_000, recording.Rows[1].TimeMicroseconds);
        Assert.Equal(-2f, recording.Rows[1].Thoracolumbar.AngularRate.Y);
        Assert.True(recording.Rows[1].ThoracolumbarPresent);
    }

    [Fact]
    public void A_file_without_tl_columns_is_a_pelvis_only_recording()
    {
        var recording = Read("t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz", $"0,{Still}", $"0.01,{Still}");
        Assert.False(recording.HasThoracolumbarColumns);
        Assert.All(recording.Rows, r => Assert.False(r.ThoracolumbarPresent));
    }

    [Fact]
    public void Six_empty_tl_cells_mean_the_thoracolumbar_sensor_dropped_out_in_that_row()
    {
        var recording = Read(TwoSensorHeader, $"0.00,{Still},{Still},", $"0.01,{Still},,,,,,,", $"0.02,{Still},nan,nan,nan,nan,nan,nan,");
        Assert.Equal(new[] { true, false, false }, recording.Rows.Select(r => r.ThoracolumbarPresent));
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_line()
    {
        var error = Fails("t,sacrum_ax,sacrum_ay,sacrum_gx,sacrum_gy,sacrum_gz", "0,0,0,0,0,0");
        Assert.Equal("raw.csv, line 1: missing column 'sacrum_az' in the header", error.Message);
    }

    [Fact]
    public void Only_some_tl_columns_is_a_missing_column()
    {
        var error = Fails("t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz,tl_ax", $"0,{Still},0");
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("missing column 'tl_ay'", error.Message);
    }

    [Fact]
    public void A_non_numeric_cell_names_its_line_and_column()
    {
        var error = Fails(TwoSensorHeader, $"0.00,{Still},{Still},", $"0.01,{Still},{Still},", $"0.02,0,abc,1,0,0,0,{Still},");
        Assert.Equal("raw.csv, line 4: column 'sacrum_ay': 'abc' is not a finite number", error.Message);
    }

    [Fact]
    public void Time_going_backwards_names_its_line()
    {
        var error = Fails(TwoSensorHeader, $"0.00,{Still},{Still},", $"0.01,{Still},{Still},", $"0.005,{Still},{Still},");
        Assert.Equal(4, error.LineNumber);
        Assert.Equal("raw.csv, line 4: time does not increase (0.005 s after 0.01 s)", error.Message);
    }

    [Fact]
    public void A_gap_in_time_names_its_line()
    {
        var error = Fails(TwoSensorHeader, $"0.00,{Still},{Still},", $"0.01,{Still},{Still},", $"0.02,{Still},{Still},", $"0.25,{Still},{Still},");
        Assert.Equal(5, error.LineNumber);
        Assert.StartsWith("raw.csv, line 5: gap in time of 0.23 s after 0.02 s", error.Message);
    }

    [Fact]
    public void A_single_lost_sample_is_not_a_gap()
    {
        var recording = Read(TwoSensorHeader, $"0.00,{Still},{Still},", $"0.01,{Still},{Still},", $"0.03,{Still},{Still},");
        Assert.Equal(3, recording.Rows.Count);
    }

    [Fact]
    public void A_short_row_and_partly_empty_thoracolumbar_cells_are_reported()
    {
        Assert.Equal(3, Fails(TwoSensorHeader, $"0.00,{Still},{Still},", "0.01,0,0,1").LineNumber);
        var partial = Fails(TwoSensorHeader, $"0.00,{Still},{Still},", $"0.01,{Still},0,0,,0,0,0,");
        Assert.Equal(3, partial.LineNumber);
        Assert.Contains("partly empty", partial.Message);
    }

    [Fact]
    public void An_empty_file_and_a_header_without_samples_are_reported()
    {
        Assert.Contains("empty", Fails().Message);
        Assert.Contains("no samples", Fails(TwoSensorHeader).Message);
    }
    [Fact]
    public void Windows_and_old_mac_line_endings_give_the_same_rows_as_unix_ones()
    {
        string[] lines = [TwoSensorHeader, $"0.00,{Still},{Still},a", $"0.01,{Still},,,,,,,b", $"0.02,{Still},0.1,0.2,0.97,1.5,-2,3,c", ""];
        var unix = RawRecordingReader.Read(new StringReader(string.Join("\n", lines)), "raw.csv").Rows;
        foreach (string ending in new[] { "\r\n", "\r" })
            Assert.Equal(unix, RawRecordingReader.Read(new StringReader(string.Join(ending, lines)), "raw.csv").Rows);
    }

    [Theory]
    [InlineData("1.5e-2")]
    [InlineData(".25")]
    [InlineData("+3")]
    [InlineData("-0.0")]
    [InlineData("0.12345678901234567")]
    [InlineData("-123456789.123456789")]
    [InlineData(" 0.5 ")]
    public void Every_number_reads_exactly_as_invariant_double_parsing(string cell)
    {
        var row = Read("t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz", $"{cell},{cell},0,1,0,0,0").Rows[0];
        double expected = double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(row.TimeSeconds));
        Assert.Equal(BitConverter.SingleToInt32Bits((float)expected), BitConverter.SingleToInt32Bits(row.Sacrum.Acceleration.X));
    }
}
