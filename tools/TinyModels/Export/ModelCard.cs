using System.Globalization;
using System.Text;
using Monkeys.TinyModels.Model;

namespace Monkeys.TinyModels.Export;

/// <summary>Writes the model card <c>data/models/&lt;name&gt;.md</c> from a checkpoint's facts and evaluation notes.</summary>
public static class ModelCard
{
    /// <summary>
    /// Returns the card text for <paramref name="header"/>; <paramref name="results"/> is markdown with the
    /// measured results and <paramref name="reproduce"/> the shell commands that rebuild the file.
    /// </summary>
    public static string Render(CheckpointHeader header, string checkpointPath, string results, string reproduce)
    {
        ModelShape shape = header.Shape;
        var facts = header.Facts;
        string Fact(string key) => facts.GetValueOrDefault(key, "not recorded");

        var card = new StringBuilder();
        card.AppendLine(CultureInfo.InvariantCulture, $"# {shape.Name}");
        card.AppendLine();
        card.AppendLine(shape.Name == "monkey-verifier"
            ? "Tiny verifier model of the Monkeys toolkit. It reads `Q: {question}\\nA:{completion}\\nV:` and writes `Y` (correct) or `N`; its reward score is ln P(Y) − ln(P(Y) + P(N)) at that position."
            : "Tiny generator of the Monkeys toolkit for the synthetic arithmetic task (`Monkeys.Problems.Synthetic`). It continues `Q: {question}\\nA:` with a step-by-step solution and a final `#### N` line, then its end-of-sequence token.");
        card.AppendLine();
        card.AppendLine("## Architecture");
        card.AppendLine();
        card.AppendLine(CultureInfo.InvariantCulture, $"- llama (decoder-only), {shape.ParameterCount:N0} parameters, F32 GGUF");
        card.AppendLine(CultureInfo.InvariantCulture, $"- width {shape.EmbeddingLength}, {shape.BlockCount} blocks, {shape.HeadCount} heads of size {shape.HeadSize}, SwiGLU width {shape.FeedForwardLength}, context {shape.ContextLength} tokens");
        card.AppendLine("- RMSNorm ε = 1e-5, rotary embedding on adjacent pairs with base 10000, untied output matrix, no biases");
        card.AppendLine("- byte vocabulary of 259 tokens: bytes 0–255, BOS 256, EOS 257, padding 258");
        card.AppendLine();
        card.AppendLine("## Training");
        card.AppendLine();
        card.AppendLine(CultureInfo.InvariantCulture, $"- data: {(shape.Name == "monkey-verifier" ? "generator samples on train-split problems, labelled by the GSM8K numeric verifier (" + Fact("verifier_samples") + " samples)" : "`SyntheticArithmetic.TrainSplit(" + Fact("seed") + ")`, loss on the solution bytes and EOS only")}");
        card.AppendLine(CultureInfo.InvariantCulture, $"- seed {Fact("seed")}, batch {Fact("batch")} sequences, AdamW with warmup and cosine decay (tools/TinyModels/README.md)");
        card.AppendLine(CultureInfo.InvariantCulture, $"- shipped checkpoint: step {Fact("step")} (`{Path.GetFileName(checkpointPath)}`) of the run below");
        card.AppendLine(CultureInfo.InvariantCulture, $"- training loss (mean of the last logged steps) {Fact("train_loss")}, held-out loss {Fact("held_out_loss")} nats per target token, held-out teacher-forced exact {Fact("held_out_exact")}");
        card.AppendLine(CultureInfo.InvariantCulture, $"- {Fact("train_minutes")} minutes on a shared 2-core x86-64 machine (AVX-512) that other jobs loaded heavily, TorchSharp-cpu 0.107.0");
        card.AppendLine();
        card.AppendLine("## Results");
        card.AppendLine();
        card.AppendLine(results.Trim());
        card.AppendLine();
        card.AppendLine("## Reproduce");
        card.AppendLine();
        card.AppendLine("```bash");
        card.AppendLine("dotnet build tools/TinyModels/TinyModels.csproj");
        card.AppendLine("T=tools/TinyModels/bin/Debug/net10.0/linux-x64/tiny-models.dll");
        card.AppendLine(CultureInfo.InvariantCulture, $"dotnet $T {Fact("command")["tiny-models ".Length..]}");
        card.AppendLine(reproduce.Trim());
        card.AppendLine("```");
        return card.ToString();
    }
}
