using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace WinkSensor.Core.Tests.OperationBudget;

/// <summary>
/// Rewrites a compiled assembly so that every arithmetic, comparison and conditional-branch IL instruction first adds one
/// to a static counter (<c>OperationCounter.Count</c> in the global namespace) and to one for its declaring type (a field
/// of OperationCounter named after the type). Integer operations count too, so the figure is an upper bound on the
/// float operations the device interpreter would execute.
/// </summary>
public static class OperationCountingRewriter
{
    public const string CounterTypeName = "OperationCounter";
    public const string CounterFieldName = "Count";

    private static readonly HashSet<Code> Counted =
    [
        Code.Add, Code.Add_Ovf, Code.Add_Ovf_Un, Code.Sub, Code.Sub_Ovf, Code.Sub_Ovf_Un,
        Code.Mul, Code.Mul_Ovf, Code.Mul_Ovf_Un, Code.Div, Code.Div_Un, Code.Rem, Code.Rem_Un, Code.Neg,
        Code.Ceq, Code.Cgt, Code.Cgt_Un, Code.Clt, Code.Clt_Un,
        Code.Beq, Code.Bge, Code.Bge_Un, Code.Bgt, Code.Bgt_Un, Code.Ble, Code.Ble_Un, Code.Blt, Code.Blt_Un, Code.Bne_Un,
        Code.Conv_R4, Code.Conv_R8, Code.Conv_R_Un,
    ];

    /// <summary>The assembly at <paramref name="path"/> with counting added, as bytes.</summary>
    public static byte[] Rewrite(string path)
    {
        using var module = ModuleDefinition.ReadModule(path, new ReaderParameters { ReadSymbols = false });
        var counterType = new TypeDefinition("", CounterTypeName,
            TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class, module.TypeSystem.Object);
        var counter = new FieldDefinition(CounterFieldName, FieldAttributes.Public | FieldAttributes.Static, module.TypeSystem.Int64);
        counterType.Fields.Add(counter);
        module.Types.Add(counterType);

        foreach (var type in module.GetTypes().ToList())
        {
            if (type == counterType) continue;
            var typeCounter = new FieldDefinition(type.FullName.Replace('.', '_').Replace('/', '_'),
                FieldAttributes.Public | FieldAttributes.Static, module.TypeSystem.Int64);
            counterType.Fields.Add(typeCounter);
            foreach (var method in type.Methods)
            {
                if (!method.HasBody) continue;
                AddCounting(method.Body, counter, typeCounter);
            }
        }
        using var output = new MemoryStream();
        module.Write(output);
        return output.ToArray();
    }

    private static void AddCounting(MethodBody body, FieldDefinition counter, FieldDefinition typeCounter)
    {
        body.SimplifyMacros();
        var processor = body.GetILProcessor();
        foreach (var instruction in body.Instructions.Where(i => Counted.Contains(i.OpCode.Code)).ToList())
        {
            var first = processor.Create(OpCodes.Ldsfld, counter);
            processor.InsertBefore(instruction, first);
            processor.InsertBefore(instruction, processor.Create(OpCodes.Ldc_I4_1));
            processor.InsertBefore(instruction, processor.Create(OpCodes.Conv_I8));
            processor.InsertBefore(instruction, processor.Create(OpCodes.Add));
            processor.InsertBefore(instruction, processor.Create(OpCodes.Stsfld, counter));
            processor.InsertBefore(instruction, processor.Create(OpCodes.Ldsfld, typeCounter));
            processor.InsertBefore(instruction, processor.Create(OpCodes.Ldc_I4_1));
            processor.InsertBefore(instruction, processor.Create(OpCodes.Conv_I8));
            processor.InsertBefore(instruction, processor.Create(OpCodes.Add));
            processor.InsertBefore(instruction, processor.Create(OpCodes.Stsfld, typeCounter));
            Retarget(body, instruction, first);
        }
        body.OptimizeMacros();
    }

    /// <summary>Jumps and handler boundaries that named the counted instruction now name its counting prologue.</summary>
    private static void Retarget(MethodBody body, Instruction from, Instruction to)
    {
        foreach (var instruction in body.Instructions)
        {
            if (instruction.Operand == from && instruction != to) instruction.Operand = to;
            else if (instruction.Operand is Instruction[] targets)
                for (int i = 0; i < targets.Length; i++) if (targets[i] == from) targets[i] = to;
        }
        foreach (var handler in body.ExceptionHandlers)
        {
            if (handler.TryStart == from) handler.TryStart = to;
            if (handler.TryEnd == from) handler.TryEnd = to;
            if (handler.HandlerStart == from) handler.HandlerStart = to;
            if (handler.HandlerEnd == from) handler.HandlerEnd = to;
            if (handler.FilterStart == from) handler.FilterStart = to;
        }
    }
}
