using Microsoft.Data.Analysis;
using Monkeys.Analysis.Families;

namespace Monkeys.Analysis.Tables;

/// <summary>Builds the model-family table: each model's slope and its shift in log k from the reference.</summary>
public static class FamilyFrame
{
    /// <summary>Builds columns model, a, b, se_b, shift_log10_k (empty when undefined), shift_reason.</summary>
    /// <param name="comparison">Result of <see cref="ModelFamily.Compare"/>.</param>
    public static DataFrame Build(FamilyComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        IReadOnlyList<FamilyMember> members = comparison.Members;
        return new DataFrame(
            new StringDataFrameColumn("model", members.Select(m => m.Model)),
            new DoubleDataFrameColumn("a", members.Select(m => (double?)m.Fit.A)),
            new DoubleDataFrameColumn("b", members.Select(m => (double?)m.Fit.B)),
            new DoubleDataFrameColumn("se_b", members.Select(m => (double?)m.Fit.StandardErrorB)),
            new DoubleDataFrameColumn("shift_log10_k", members.Select(m => m.ShiftLog10K)),
            new StringDataFrameColumn("shift_reason", members.Select(m => m.ShiftReason ?? string.Empty)));
    }
}
