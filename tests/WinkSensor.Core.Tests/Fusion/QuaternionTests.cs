using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Tests.Fusion;

/// <summary>The float quaternion against closed-form rotations.</summary>
public class QuaternionTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(300.0)]
    [InlineData(2000.0)]
    [InlineData(5000.0)]
    public void A_step_from_an_angular_rate_is_the_exact_rotation(double degreesPerSecond)
    {
        // Axis (2, −1, 2)/3 for 0.01 s; compare with cos/sin of the half angle in double precision.
        var rate = new Vector3(2f / 3f, -1f / 3f, 2f / 3f) * (float)(degreesPerSecond * Math.PI / 180);
        var q = Quaternion.FromAngularRate(rate, 0.01f);
        double half = degreesPerSecond * Math.PI / 180 * 0.01 / 2;
        Assert.Equal(Math.Cos(half), q.W, 6);
        Assert.Equal(Math.Sin(half) * 2 / 3, q.X, 6);
        Assert.Equal(-Math.Sin(half) / 3, q.Y, 6);
        Assert.Equal(Math.Sin(half) * 2 / 3, q.Z, 6);
    }

    [Fact]
    public void Rotating_x_by_90_deg_about_z_gives_y_and_the_inverse_undoes_it()
    {
        var q = new Quaternion((float)Math.Cos(Math.PI / 4), 0f, 0f, (float)Math.Sin(Math.PI / 4));
        var v = q.Rotate(new Vector3(1f, 0f, 0f));
        Assert.Equal(0f, v.X, 6);
        Assert.Equal(1f, v.Y, 6);
        Assert.Equal(0f, v.Z, 6);
        var back = q.InverseRotate(v);
        Assert.Equal(1f, back.X, 6);
        Assert.Equal(0f, back.Y, 6);
    }

    [Fact]
    public void The_product_applies_the_right_factor_first()
    {
        var aboutZ = new Quaternion((float)Math.Cos(Math.PI / 4), 0f, 0f, (float)Math.Sin(Math.PI / 4));
        var aboutX = new Quaternion((float)Math.Cos(Math.PI / 4), (float)Math.Sin(Math.PI / 4), 0f, 0f);
        // x about z -> y, then about x -> z
        var v = (aboutX * aboutZ).Rotate(new Vector3(1f, 0f, 0f));
        Assert.Equal(0f, v.X, 6);
        Assert.Equal(0f, v.Y, 6);
        Assert.Equal(1f, v.Z, 6);
    }

    [Fact]
    public void Near_unit_renormalisation_restores_unit_length()
    {
        var q = new Quaternion(0.6f * 1.001f, 0.8f * 1.001f, 0f, 0f).RenormalizedNearUnit();
        Assert.Equal(1f, q.W * q.W + q.X * q.X + q.Y * q.Y + q.Z * q.Z, 5);
    }

    [Theory]
    [InlineData(0.001f)]
    [InlineData(0.05f)]
    [InlineData(0.0999f)]
    public void The_short_series_for_per_sample_gyro_steps_matches_the_exact_rotation(float angleRadians)
    {
        // Steps up to 0.1 rad take the two-term series; compare with cos and sin of the half angle in double.
        float x = angleRadians * 0.6f, y = angleRadians * -0.8f;
        var q = Quaternion.FromRotationVector(x, y, 0f);
        double half = angleRadians / 2.0;
        Assert.True(Math.Abs(Math.Cos(half) - q.W) < 1e-6, $"w {q.W} against {Math.Cos(half)}");
        Assert.True(Math.Abs(Math.Sin(half) * 0.6 - q.X) < 1e-6, $"x {q.X} against {Math.Sin(half) * 0.6}");
        Assert.True(Math.Abs(-Math.Sin(half) * 0.8 - q.Y) < 1e-6, $"y {q.Y} against {-Math.Sin(half) * 0.8}");
    }
}
