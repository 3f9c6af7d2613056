namespace Monkeys.Llama.Sampling;

/// <summary>A sampled token and its natural-log probability under the distribution it was drawn from.</summary>
/// <param name="Token">Token id.</param>
/// <param name="LogProbability">ln p(token), at most 0.</param>
internal readonly record struct TokenChoice(int Token, double LogProbability);
