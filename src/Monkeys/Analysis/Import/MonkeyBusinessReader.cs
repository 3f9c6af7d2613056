using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Monkeys.Analysis.Import;

/// <summary>
/// Streams the rows of a released <c>monkey_business</c> file (one JSON object per problem with
/// <c>orig_dset_split</c>, <c>orig_dset_idx</c>, <c>question</c>, <c>prompt</c>, <c>samples</c>,
/// <c>is_corrects</c> and, for GSM8K and MATH, <c>gt_answer</c>) without loading the whole file.
/// </summary>
/// <remarks>
/// The file may be one JSON array of rows or a sequence of rows (JSON Lines); the first non-blank byte
/// decides. Memory keeps one row at a time (a row with 10,000 samples is tens of megabytes at most).
/// Other fields, such as CodeContests' <c>test_cases</c>, are skipped.
/// </remarks>
public static class MonkeyBusinessReader
{
    private const int BufferSize = 1 << 16;

    /// <summary>Reads the rows of <paramref name="path"/> one at a time.</summary>
    /// <param name="path">Path of a <c>monkey_business</c> JSON or JSON Lines file.</param>
    /// <param name="problemIdPrefix">Prefix of every problem id, for example "gsm8k"; null for none.</param>
    /// <param name="cancellationToken">Stops reading between rows.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="MonkeyBusinessFormatException">The file is not valid JSON or a row lacks a required field; the message names the file and row.</exception>
    public static async IAsyncEnumerable<MonkeyBusinessRow> ReadAsync(
        string path,
        string? problemIdPrefix = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"monkey_business file '{path}' was not found.", path);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        bool isArray = await StartsWithArrayAsync(stream, cancellationToken).ConfigureAwait(false);
        stream.Position = 0;

        IAsyncEnumerable<MonkeyBusinessJsonRow?> rows = JsonSerializer.DeserializeAsyncEnumerable<MonkeyBusinessJsonRow>(
            stream, topLevelValues: !isArray, cancellationToken: cancellationToken);
        await using IAsyncEnumerator<MonkeyBusinessJsonRow?> enumerator = rows.GetAsyncEnumerator(cancellationToken);

        long fileRow = 0;
        while (true)
        {
            MonkeyBusinessJsonRow? row;
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }

                row = enumerator.Current;
            }
            catch (JsonException error)
            {
                throw new MonkeyBusinessFormatException(
                    $"monkey_business file '{path}', row {fileRow}: invalid JSON near line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1} ({error.Message}). "
                    + "Expected a JSON array of row objects or one row object per line.",
                    error);
            }

            yield return Check(row, path, fileRow, problemIdPrefix);
            fileRow++;
        }
    }

    /// <summary>Reads the rows of <paramref name="path"/> one at a time, blocking; for notebooks and scripts.</summary>
    /// <param name="path">Path of a <c>monkey_business</c> JSON or JSON Lines file.</param>
    /// <param name="problemIdPrefix">Prefix of every problem id, for example "gsm8k"; null for none.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="MonkeyBusinessFormatException">The file is not valid JSON or a row lacks a required field.</exception>
    public static IEnumerable<MonkeyBusinessRow> Read(string path, string? problemIdPrefix = null) =>
        ReadAsync(path, problemIdPrefix).ToBlockingEnumerable();

    private static async Task<bool> StartsWithArrayAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            for (int i = 0; i < read; i++)
            {
                byte value = buffer[i];
                bool skip = value is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF;
                if (!skip)
                {
                    return value == (byte)'[';
                }
            }
        }

        return false;
    }

    private static MonkeyBusinessRow Check(MonkeyBusinessJsonRow? row, string path, long fileRow, string? prefix)
    {
        string where = $"monkey_business file '{path}', row {fileRow}";
        if (row is null)
        {
            throw new MonkeyBusinessFormatException($"{where}: the row is null; every row must be a JSON object.");
        }

        if (row.Index is not long index)
        {
            throw new MonkeyBusinessFormatException($"{where}: the field orig_dset_idx is missing; it identifies the problem in the original data set.");
        }

        if (row.Samples is null)
        {
            throw new MonkeyBusinessFormatException($"{where} (orig_dset_idx {index}): the field samples is missing.");
        }

        if (row.IsCorrects is null)
        {
            throw new MonkeyBusinessFormatException(
                $"{where} (orig_dset_idx {index}): the field is_corrects is missing; import evaluated files, which carry one verdict per sample.");
        }

        if (row.IsCorrects.Count != row.Samples.Count)
        {
            throw new MonkeyBusinessFormatException(
                $"{where} (orig_dset_idx {index}): samples has {row.Samples.Count} entries but is_corrects has {row.IsCorrects.Count}; they must pair up one to one.");
        }

        string split = row.Split ?? string.Empty;
        string indexText = index.ToString(CultureInfo.InvariantCulture);
        string[] parts = new[] { prefix, split, indexText }.Where(part => !string.IsNullOrEmpty(part)).ToArray()!;
        return new MonkeyBusinessRow(
            string.Join('/', parts),
            split,
            index,
            row.Question ?? string.Empty,
            row.Prompt ?? string.Empty,
            row.GroundTruth,
            row.Samples,
            row.IsCorrects,
            fileRow);
    }
}
