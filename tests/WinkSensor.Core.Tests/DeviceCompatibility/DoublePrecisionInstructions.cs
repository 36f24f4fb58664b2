using Mono.Cecil;
using Mono.Cecil.Cil;

namespace WinkSensor.Core.Tests.DeviceCompatibility;

/// <summary>
/// Finds double-precision work inside method bodies, which metadata (fields, signatures, locals) does not show: a double
/// constant (ldc.r8) or a conversion to double (conv.r8). The ESP32's FPU is single precision; doubles run in software.
/// </summary>
public static class DoublePrecisionInstructions
{
    public static IReadOnlyList<string> Find(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var found = new List<string>();
        foreach (var type in module.GetTypes())
        foreach (var method in type.Methods)
        {
            if (!method.HasBody) continue;
            foreach (var instruction in method.Body.Instructions)
                if (instruction.OpCode.Code is Code.Ldc_R8 or Code.Conv_R8)
                    found.Add($"{type.FullName}.{method.Name}: {instruction.OpCode.Name}");
        }
        return found;
    }
}
