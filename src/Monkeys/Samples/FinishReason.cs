namespace Monkeys.Samples;

/// <summary>Why the sampler stopped generating a sample.</summary>
public enum FinishReason
{
    /// <summary>A stop string or the end-of-sequence token ended the sample.</summary>
    Stop,

    /// <summary>The sample reached the maximum token count.</summary>
    Length,
}
