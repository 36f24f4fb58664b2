using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace WinkSensor.Core.Tests.DeviceCompatibility;

/// <summary>
/// Reads a compiled assembly's metadata and lists what the nanoFramework 1.x runtime cannot execute even though
/// the C# compiler accepts it: generic definitions and instantiations, multidimensional arrays, references to
/// assemblies other than mscorlib, and double-precision values in signatures (the ESP32 FPU is single precision).
/// </summary>
public static class DeviceAssemblyInspector
{
    public static IReadOnlyList<string> FindProblems(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var problems = new List<string>();
        var provider = new SignatureShapeProvider(reader);

        foreach (var handle in reader.AssemblyReferences)
        {
            string name = reader.GetString(reader.GetAssemblyReference(handle).Name);
            if (name != "mscorlib") problems.Add($"references assembly '{name}' (only mscorlib exists on the device)");
        }

        if (reader.GetTableRowCount(TableIndex.MethodSpec) > 0)
            problems.Add($"{reader.GetTableRowCount(TableIndex.MethodSpec)} generic method instantiation(s)");
        if (reader.GetTableRowCount(TableIndex.GenericParam) > 0)
            problems.Add($"{reader.GetTableRowCount(TableIndex.GenericParam)} generic parameter definition(s)");

        for (int row = 1; row <= reader.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            var handle = MetadataTokens.TypeSpecificationHandle(row);
            var shape = reader.GetTypeSpecification(handle).DecodeSignature(provider, null);
            if (shape.Problem != null) problems.Add($"type reference {shape.Name}: {shape.Problem}");
        }

        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            string typeName = reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);
            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                var shape = field.DecodeSignature(provider, null);
                if (shape.Problem != null) problems.Add($"field {typeName}.{reader.GetString(field.Name)}: {shape.Problem}");
            }
            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                string methodName = typeName + "." + reader.GetString(method.Name);
                var signature = method.DecodeSignature(provider, null);
                foreach (var part in signature.ParameterTypes.Add(signature.ReturnType))
                    if (part.Problem != null) problems.Add($"method {methodName}: {part.Problem}");
                if (method.RelativeVirtualAddress == 0) continue;
                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                {
                    var locals = reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null);
                    foreach (var local in locals)
                        if (local.Problem != null) problems.Add($"local in {methodName}: {local.Problem}");
                }
            }
        }
        return problems;
    }

    private readonly record struct Shape(string Name, string? Problem);

    private sealed class SignatureShapeProvider(MetadataReader reader) : ISignatureTypeProvider<Shape, object?>
    {
        public Shape GetPrimitiveType(PrimitiveTypeCode typeCode) =>
            typeCode == PrimitiveTypeCode.Double
                ? new Shape("double", "double-precision value (use float: the ESP32 FPU is single precision)")
                : new Shape(typeCode.ToString(), null);

        public Shape GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) =>
            new(reader.GetString(reader.GetTypeDefinition(handle).Name), null);

        public Shape GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) =>
            new(reader.GetString(reader.GetTypeReference(handle).Name), null);

        public Shape GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, context);

        public Shape GetSZArrayType(Shape elementType) => new(elementType.Name + "[]", elementType.Problem);

        public Shape GetArrayType(Shape elementType, ArrayShape shape) =>
            new(elementType.Name + "[" + new string(',', shape.Rank - 1) + "]", "multidimensional array (use jagged or flat arrays)");

        public Shape GetGenericInstantiation(Shape genericType, ImmutableArray<Shape> typeArguments) =>
            new(genericType.Name + "<" + string.Join(",", typeArguments.Select(a => a.Name)) + ">", "generic instantiation");

        public Shape GetGenericTypeParameter(object? context, int index) => new("!" + index, "generic type parameter");

        public Shape GetGenericMethodParameter(object? context, int index) => new("!!" + index, "generic method parameter");

        public Shape GetByReferenceType(Shape elementType) => elementType with { Name = "ref " + elementType.Name };

        public Shape GetPointerType(Shape elementType) => new(elementType.Name + "*", "pointer");

        public Shape GetPinnedType(Shape elementType) => elementType;

        public Shape GetFunctionPointerType(MethodSignature<Shape> signature) => new("fnptr", "function pointer");

        public Shape GetModifiedType(Shape modifier, Shape unmodifiedType, bool isRequired) => unmodifiedType;
    }
}
