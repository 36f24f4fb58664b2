using System.Reflection;
using System.Runtime.Loader;

namespace WinkSensor.Core.Tests.OperationBudget;

/// <summary>
/// A load context where WinkSensor.Core is the counting rewrite and this test assembly is loaded again against it, so
/// <see cref="OperationCountDriver"/> runs the device code with counting; everything else comes from the default context.
/// </summary>
public sealed class CountingLoadContext : AssemblyLoadContext
{
    private readonly Assembly countingCore;
    private readonly string testAssemblyPath;

    public CountingLoadContext(byte[] countingCoreImage, string testAssemblyPath) : base("operation-counting", isCollectible: true)
    {
        countingCore = LoadFromStream(new MemoryStream(countingCoreImage));
        this.testAssemblyPath = testAssemblyPath;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == "WinkSensor.Core") return countingCore;
        if (assemblyName.Name == Path.GetFileNameWithoutExtension(testAssemblyPath)) return LoadFromAssemblyPath(testAssemblyPath);
        return null;
    }
}
