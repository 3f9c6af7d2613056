using System.Globalization;
using System.Text;

namespace Monkeys.Problems.Synthetic;

/// <summary>
/// Builds one templated word problem with 1 to 4 operations and its step-by-step solution.
/// </summary>
/// <remarks>
/// A problem starts from a 2- to 4-digit count and applies operations: add a 1- to 3-digit number,
/// subtract one, or add or subtract a product of a 2-digit and a 1-digit number. Each addition,
/// subtraction or product is one equation of the solution, for example
/// <c>345+27=372. 372-58=314. 6*9=54. 314+54=368.</c> followed by <c>#### 368</c>.
/// Counts never go below 1, so every intermediate value is a positive integer.
/// Difficulty for a small model follows the size of the numbers and the number of carries more than
/// the number of steps, so the difficulty score counts the carry and borrow columns of every
/// equation plus the number of equations.
/// </remarks>
internal static class SyntheticProblemBuilder
{
    private const int MaxRunningValue = 99_999;

    /// <summary>Draws one problem from <paramref name="random"/> and gives it the id <paramref name="id"/>.</summary>
    public static Problem Build(SplitMix64 random, string id)
    {
        var (name, pronoun) = random.Pick(SyntheticVocabulary.People);
        string objects = random.Pick(SyntheticVocabulary.Objects);
        int steps = random.Between(1, 4);

        int value = random.WithDigits(StartDigits(random));
        var question = new StringBuilder(FormattableString.Invariant($"{name} has {value} {objects}."));
        var solution = new StringBuilder();
        int equations = 0;
        int carries = 0;

        for (int step = 0; step < steps; step++)
        {
            var operation = (Operation)random.Between(0, 3);
            if (value > MaxRunningValue / 2 && operation is Operation.Add or Operation.ProductAdd)
            {
                operation = operation == Operation.Add ? Operation.Subtract : Operation.ProductSubtract;
            }

            if (operation is Operation.ProductAdd or Operation.ProductSubtract)
            {
                int count = random.WithDigits(2);
                int size = random.Between(2, 9);
                int product = count * size;
                if (operation == Operation.ProductSubtract && product >= value)
                {
                    operation = Operation.ProductAdd;
                }

                string verb = operation == Operation.ProductAdd ? "buys" : "sells";
                string container = random.Pick(SyntheticVocabulary.Containers);
                question.Append(FormattableString.Invariant($" {pronoun} {verb} {count} {container} of {size}."));
                AppendEquation(solution, count, '*', size, product);
                carries += ArithmeticCarries.OfProduct(count, size);

                int next = operation == Operation.ProductAdd ? value + product : value - product;
                char sign = operation == Operation.ProductAdd ? '+' : '-';
                AppendEquation(solution, value, sign, product, next);
                carries += sign == '+' ? ArithmeticCarries.OfSum(value, product) : ArithmeticCarries.OfDifference(value, product);
                equations += 2;
                value = next;
                continue;
            }

            int operand = random.WithDigits(OperandDigits(random));
            if (operation == Operation.Subtract && operand >= value)
            {
                operand = value > 1 ? random.Between(1, value - 1) : operand;
                operation = value > 1 ? Operation.Subtract : Operation.Add;
            }

            if (operation == Operation.Add)
            {
                question.Append(FormattableString.Invariant($" {pronoun} gets {operand} more."));
                AppendEquation(solution, value, '+', operand, value + operand);
                carries += ArithmeticCarries.OfSum(value, operand);
                value += operand;
            }
            else
            {
                question.Append(FormattableString.Invariant($" {pronoun} gives away {operand}."));
                AppendEquation(solution, value, '-', operand, value - operand);
                carries += ArithmeticCarries.OfDifference(value, operand);
                value -= operand;
            }

            equations++;
        }

        question.Append(FormattableString.Invariant($" How many {objects} now?"));
        string answer = value.ToString(CultureInfo.InvariantCulture);
        solution.Append("\n#### ").Append(answer);

        var metadata = new Dictionary<string, string>
        {
            ["solution"] = solution.ToString(),
            ["steps"] = steps.ToString(CultureInfo.InvariantCulture),
            ["difficulty"] = (equations + carries).ToString(CultureInfo.InvariantCulture),
        };
        return new Problem(id, question.ToString(), answer, metadata);
    }

    // Start values: 35 % two digits, 45 % three, 20 % four.
    private static int StartDigits(SplitMix64 random)
    {
        int roll = random.Between(1, 100);
        return roll <= 35 ? 2 : roll <= 80 ? 3 : 4;
    }

    // Added or subtracted operands: 15 % one digit, 50 % two, 35 % three.
    private static int OperandDigits(SplitMix64 random)
    {
        int roll = random.Between(1, 100);
        return roll <= 15 ? 1 : roll <= 65 ? 2 : 3;
    }

    private static void AppendEquation(StringBuilder solution, int left, char sign, int right, int result)
    {
        if (solution.Length > 0)
        {
            solution.Append(' ');
        }

        solution.Append(CultureInfo.InvariantCulture, $"{left}{sign}{right}={result}.");
    }

    private enum Operation
    {
        Add,
        Subtract,
        ProductAdd,
        ProductSubtract,
    }
}
