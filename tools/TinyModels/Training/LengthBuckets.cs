namespace Monkeys.TinyModels.Training;

/// <summary>
/// Reorders a stream of examples so that the examples of a batch have similar lengths, which cuts the
/// padding a batch carries (a batch is padded to its longest example).
/// </summary>
public static class LengthBuckets
{
    /// <summary>
    /// Reads <paramref name="examples"/> in pools of <paramref name="batchSize"/> × <paramref name="poolBatches"/>,
    /// sorts each pool by length, cuts it into batches and yields those batches in a seeded random order.
    /// Pools only reorder the stream, so a run uses the same examples as without bucketing.
    /// </summary>
    public static IEnumerable<TrainingExample> Order(IEnumerable<TrainingExample> examples, int batchSize, int poolBatches, long seed)
    {
        var random = new Random(unchecked((int)seed));
        var pool = new List<TrainingExample>(batchSize * poolBatches);
        foreach (TrainingExample example in examples)
        {
            pool.Add(example);
            if (pool.Count == batchSize * poolBatches)
            {
                foreach (TrainingExample ordered in Drain(pool, batchSize, random))
                {
                    yield return ordered;
                }
            }
        }

        foreach (TrainingExample ordered in Drain(pool, batchSize, random))
        {
            yield return ordered;
        }
    }

    private static List<TrainingExample> Drain(List<TrainingExample> pool, int batchSize, Random random)
    {
        // A stable sort keeps equal-length examples in stream order, so the result depends only on the seed.
        var sorted = pool.OrderBy(e => e.Tokens.Length).ToList();
        pool.Clear();

        var batches = sorted.Chunk(batchSize).ToArray();
        random.Shuffle(batches);
        return batches.SelectMany(b => b).ToList();
    }
}
