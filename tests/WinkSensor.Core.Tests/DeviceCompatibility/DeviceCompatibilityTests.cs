namespace WinkSensor.Core.Tests.DeviceCompatibility;

/// <summary>The core must run on the nanoFramework 1.x runtime: these tests read the device build's metadata.</summary>
public class DeviceCompatibilityTests
{
    [Fact]
    public void Device_build_of_the_core_uses_nothing_the_1x_runtime_lacks()
    {
        var problems = DeviceAssemblyInspector.FindProblems(RepositoryPaths.DeviceCoreAssembly());
        Assert.True(problems.Count == 0, "Device-incompatible constructs:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Device_build_computes_nothing_in_double_precision()
    {
        var found = DoublePrecisionInstructions.Find(RepositoryPaths.DeviceCoreAssembly());
        Assert.True(found.Count == 0, "Double-precision instructions:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_double_precision_finder_sees_doubles_where_they_are()
    {
        // This test assembly computes in double throughout: the finder must see it, or the gate above proves nothing.
        Assert.NotEmpty(DoublePrecisionInstructions.Find(typeof(DeviceCompatibilityTests).Assembly.Location));
    }

    [Fact]
    public void Device_build_references_only_the_device_mscorlib()
    {
        using var stream = File.OpenRead(RepositoryPaths.DeviceCoreAssembly());
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var names = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
        Assert.Equal(new[] { "mscorlib" }, names);
        var version = reader.GetAssemblyReference(reader.AssemblyReferences.First()).Version;
        // nanoFramework's mscorlib is versioned 1.x; the desktop one is 4.0.0.0.
        Assert.Equal(1, version.Major);
    }

    [Fact]
    public void Inspector_flags_generics_and_doubles_in_an_assembly_that_has_them()
    {
        // This very test assembly is full of generics and doubles: the gate must see them, or it proves nothing.
        var problems = DeviceAssemblyInspector.FindProblems(typeof(DeviceCompatibilityTests).Assembly.Location);
        Assert.Contains(problems, p => p.Contains("generic"));
        Assert.Contains(problems, p => p.Contains("double-precision"));
        Assert.Contains(problems, p => p.Contains("references assembly"));
    }

    [Fact]
    public void Inspector_flags_multidimensional_arrays()
    {
        var problems = DeviceAssemblyInspector.FindProblems(typeof(MultidimensionalArrayHolder).Assembly.Location);
        Assert.Contains(problems, p => p.Contains("multidimensional array"));
    }

    private static class MultidimensionalArrayHolder
    {
        public static readonly float[,] Grid = new float[2, 2];
    }
}
