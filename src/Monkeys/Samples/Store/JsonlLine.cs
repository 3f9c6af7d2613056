namespace Monkeys.Samples.Store;

/// <summary>One line of a JSONL file as raw UTF-8 bytes, with its position in the file.</summary>
/// <param name="Number">One-based line number.</param>
/// <param name="Offset">Byte offset of the line's first byte.</param>
/// <param name="Content">The line's bytes without the newline; only valid until the reader moves on.</param>
/// <param name="IsTerminated">True when a newline ends the line; false only for an unfinished last line.</param>
internal readonly record struct JsonlLine(int Number, long Offset, ReadOnlyMemory<byte> Content, bool IsTerminated);
