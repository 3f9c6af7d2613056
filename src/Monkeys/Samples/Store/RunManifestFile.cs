using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monkeys.Samples.Store;

/// <summary>Reads and writes <c>manifest.json</c> (snake_case field names, indented).</summary>
public static class RunManifestFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.Strict,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Writes the manifest to <paramref name="path"/> through a temporary file, so a reader never sees half of it.</summary>
    public static void Write(string path, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);

        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, manifest, Options);
            stream.Write("\n"u8);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a manifest and checks its format version.</summary>
    /// <exception cref="SampleStoreFormatException">The file is not a valid manifest, or it has another format version.</exception>
    public static RunManifest Read(string path)
    {
        RunManifest? manifest;
        try
        {
            using var stream = File.OpenRead(path);
            manifest = JsonSerializer.Deserialize<RunManifest>(stream, Options);
        }
        catch (JsonException exception)
        {
            int line = exception.LineNumber is long zeroBased ? (int)zeroBased + 1 : 0;
            throw new SampleStoreFormatException(path, line, $"invalid run manifest ({exception.Message})", exception);
        }

        if (manifest is null)
        {
            throw new SampleStoreFormatException(path, 1, "the manifest is null, expected a JSON object");
        }

        if (manifest.FormatVersion != SampleRecordFormat.Version)
        {
            throw new SampleStoreFormatException(
                path,
                0,
                $"store format version {manifest.FormatVersion} is not supported: this Monkeys version reads version {SampleRecordFormat.Version}",
                fix: "Read or resume it with the Monkeys version that wrote it.");
        }

        return manifest;
    }
}
