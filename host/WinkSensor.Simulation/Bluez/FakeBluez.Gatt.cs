using Tmds.DBus.Protocol;
using WinkSensor.Host.Transports;

namespace WinkSensor.Simulation.Bluez;

/// <summary>org.bluez.GattCharacteristic1: ReadValue, WriteValue, StartNotify, StopNotify, with BlueZ's error replies.</summary>
public sealed partial class FakeBluez
{
    private const string NotPairedError = "org.bluez.Error.NotPermitted";
    private const string NotPairedMessage = "Not paired";

    private void ReadValue(MethodContext context, FakeWearableState state, WearableChannel channel)
    {
        if (!HasFlag(state, channel, "read"))
        {
            context.ReplyError("org.bluez.Error.NotPermitted", "Read not permitted");
            return;
        }

        if (state.Wearable.RequiresPairing)
        {
            context.ReplyError(NotPairedError, NotPairedMessage);
            return;
        }

        var value = OutsideTheLock(() => state.Wearable.Model.Read(channel));
        objects[state.CharacteristicPaths[channel]].Interfaces[BluezNamesForFake.GattCharacteristic]["Value"] = VariantValue.Array(value);
        var writer = context.CreateReplyWriter("ay");
        try
        {
            writer.WriteArray(value);
            context.Reply(writer.CreateMessage());
        }
        finally
        {
            writer.Dispose();
        }
    }

    private void WriteValue(MethodContext context, FakeWearableState state, WearableChannel channel)
    {
        var reader = context.Request.GetBodyReader();
        var value = reader.ReadArrayOfByte();
        var writeOptions = reader.ReadDictionaryOfStringToVariantValue();
        var type = writeOptions.TryGetValue("type", out var t) ? t.GetString() : "request";
        if (!HasFlag(state, channel, "write") || type != "request")
        {
            // The transport must use write-with-response for control and configuration.
            context.ReplyError("org.bluez.Error.NotSupported", "Operation is not supported");
            return;
        }

        if (state.Wearable.RequiresPairing)
        {
            context.ReplyError(NotPairedError, NotPairedMessage);
            return;
        }

        if (value.Length > state.Wearable.AttMtu - 3)
        {
            context.ReplyError("org.bluez.Error.InvalidArguments", "Invalid Length");
            return;
        }

        var result = OutsideTheLock(() => state.Wearable.Model.HandleWrite(channel, value));
        switch (result.AttErrorCode)
        {
            case 0:
                ReplyEmpty(context);
                break;
            case 0x05 or 0x0F or 0x0C:
                context.ReplyError(NotPairedError, NotPairedMessage);
                break;
            default:
                context.ReplyError("org.bluez.Error.Failed", $"Operation failed with ATT error: 0x{result.AttErrorCode:x2}");
                break;
        }
    }

    /// <summary>
    /// Calls the device model without the fake's lock (Handle holds it): the virtual wearable notifies through
    /// <see cref="Notify"/> (which takes this lock) while holding its own, so calling into it under this lock would take
    /// the two in the opposite order and deadlock the wearable's sample loop against the host's read or write.
    /// </summary>
    private T OutsideTheLock<T>(Func<T> call)
    {
        Monitor.Exit(gate);
        try
        {
            return call();
        }
        finally
        {
            Monitor.Enter(gate);
        }
    }

    private void StartNotify(MethodContext context, FakeWearableState state, WearableChannel channel)
    {
        if (!HasFlag(state, channel, "notify"))
        {
            context.ReplyError("org.bluez.Error.NotSupported", "Operation is not supported");
            return;
        }

        if (state.Wearable.RequiresPairing)
        {
            context.ReplyError(NotPairedError, NotPairedMessage);
            return;
        }

        if (state.Notifying.Add(channel))
        {
            SetProperty(state.CharacteristicPaths[channel], BluezNamesForFake.GattCharacteristic, "Notifying", VariantValue.Bool(true));
        }

        ReplyEmpty(context);
    }

    private void StopNotify(MethodContext context, FakeWearableState state, WearableChannel channel)
    {
        if (!state.Notifying.Remove(channel))
        {
            context.ReplyError("org.bluez.Error.Failed", "No notify session started");
            return;
        }

        SetProperty(state.CharacteristicPaths[channel], BluezNamesForFake.GattCharacteristic, "Notifying", VariantValue.Bool(false));
        ReplyEmpty(context);
    }

    private bool HasFlag(FakeWearableState state, WearableChannel channel, string flag) =>
        objects[state.CharacteristicPaths[channel]].Interfaces[BluezNamesForFake.GattCharacteristic]["Flags"]
            .GetArray<string>().Contains(flag);
}
