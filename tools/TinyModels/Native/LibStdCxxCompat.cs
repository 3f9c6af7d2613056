using System.Buffers.Binary;
using System.Text;

namespace Monkeys.TinyModels.Native;

/// <summary>
/// Lets TorchSharp-cpu 0.107.0 load on systems whose libstdc++ is older than GCC 13 (Debian 12 ships
/// GLIBCXX_3.4.30). See README.md, "Why the tool edits libLibTorchSharp.so".
/// </summary>
/// <remarks>
/// <c>libLibTorchSharp.so</c> records a version need on <c>GLIBCXX_3.4.32</c> only for
/// <c>std::ios_base_library_init</c>, a symbol it never calls. The dynamic loader rejects the library
/// when a needed version is missing unless that need is marked weak (<c>VER_FLG_WEAK</c> in the
/// <c>Elf64_Vernaux</c> entry of <c>.gnu.version_r</c>). This class sets that flag on the copy of the
/// library in the tool's own output folder, and only when the system libstdc++ lacks the version.
/// </remarks>
internal static class LibStdCxxCompat
{
    private const string MissingVersion = "GLIBCXX_3.4.32";
    private const string LibraryName = "libLibTorchSharp.so";
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlagWeak = 0x2;

    private static readonly string[] SystemLibStdCxxPaths =
    [
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/lib64/libstdc++.so.6",
    ];

    /// <summary>
    /// Marks the <c>GLIBCXX_3.4.32</c> need of the TorchSharp native library weak when the system
    /// libstdc++ lacks that version. Must run before the first TorchSharp call. Returns a line for the log.
    /// </summary>
    public static string Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "libstdc++ check skipped: not Linux.";
        }

        string? system = SystemLibStdCxxPaths.FirstOrDefault(File.Exists);
        if (system is null)
        {
            return "libstdc++ check skipped: no system libstdc++.so.6 found in the usual folders.";
        }

        if (ContainsAscii(File.ReadAllBytes(system), MissingVersion))
        {
            return $"{system} provides {MissingVersion}; no workaround needed.";
        }

        string library = Path.Combine(AppContext.BaseDirectory, LibraryName);
        if (!File.Exists(library))
        {
            library = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", LibraryName);
        }

        if (!File.Exists(library))
        {
            throw new FileNotFoundException(
                $"{LibraryName} was not found next to the tool ({AppContext.BaseDirectory}); build the tool with -r linux-x64.", library);
        }

        byte[] elf = File.ReadAllBytes(library);
        int changed = MarkVersionNeedWeak(elf, MissingVersion, library);
        if (changed == 0)
        {
            return $"{library}: the {MissingVersion} need is already weak or absent.";
        }

        // Write a copy and rename it over the original, so a second process starting at the same time
        // never reads a half-written library.
        string temporary = $"{library}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, elf);
        File.Move(temporary, library, overwrite: true);
        return $"{library}: marked {changed} need(s) on {MissingVersion} weak, because {system} lacks that version.";
    }

    /// <summary>
    /// Sets <c>VER_FLG_WEAK</c> on every <c>Elf64_Vernaux</c> entry named <paramref name="version"/>
    /// that is not weak yet, in place. Returns how many entries changed.
    /// </summary>
    internal static int MarkVersionNeedWeak(byte[] elf, string version, string pathForErrors)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
        {
            throw new InvalidDataException($"{pathForErrors} is not an ELF file.");
        }

        if (elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException($"{pathForErrors} is not a 64-bit little-endian ELF file (class {elf[4]}, data {elf[5]}).");
        }

        var span = elf.AsSpan();
        long sectionHeaders = BinaryPrimitives.ReadInt64LittleEndian(span[0x28..]);
        int entrySize = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3A..]);
        int sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3C..]);

        int changed = 0;
        for (int i = 0; i < sectionCount; i++)
        {
            int header = checked((int)(sectionHeaders + (long)i * entrySize));
            if (BinaryPrimitives.ReadUInt32LittleEndian(span[(header + 4)..]) != ShtGnuVerneed)
            {
                continue;
            }

            int offset = checked((int)BinaryPrimitives.ReadInt64LittleEndian(span[(header + 0x18)..]));
            int linkedStrings = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(header + 0x28)..]);
            int stringsHeader = checked((int)(sectionHeaders + (long)linkedStrings * entrySize));
            int strings = checked((int)BinaryPrimitives.ReadInt64LittleEndian(span[(stringsHeader + 0x18)..]));

            // Walk Elf64_Verneed entries (16 bytes) and, per file, its Elf64_Vernaux entries (16 bytes).
            int need = offset;
            while (true)
            {
                int auxCount = BinaryPrimitives.ReadUInt16LittleEndian(span[(need + 2)..]);
                int aux = need + (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 8)..]);
                for (int a = 0; a < auxCount; a++)
                {
                    int nameOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 8)..]);
                    ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(span[(aux + 4)..]);
                    if (ReadCString(span, strings + nameOffset) == version && (flags & VerFlagWeak) == 0)
                    {
                        BinaryPrimitives.WriteUInt16LittleEndian(span[(aux + 4)..], (ushort)(flags | VerFlagWeak));
                        changed++;
                    }

                    aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 12)..]);
                }

                uint next = BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 12)..]);
                if (next == 0)
                {
                    break;
                }

                need += (int)next;
            }
        }

        return changed;
    }

    private static string ReadCString(ReadOnlySpan<byte> bytes, int start)
    {
        int end = bytes[start..].IndexOf((byte)0);
        return Encoding.ASCII.GetString(bytes.Slice(start, end));
    }

    private static bool ContainsAscii(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;
}
