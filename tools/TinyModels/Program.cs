using Monkeys.TinyModels;
using Monkeys.TinyModels.Native;

// The ELF edit must happen before the first TorchSharp call loads libLibTorchSharp.so.
Console.WriteLine(LibStdCxxCompat.Apply());

if (args.Length == 0)
{
    Console.Error.WriteLine(Commands.Usage);
    return 2;
}

try
{
    return Commands.Run(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine(Commands.Usage);
    return 2;
}
