namespace Monkeys.Verification.MathAnswers;

/// <summary>Node of a parsed scalar LaTeX expression.</summary>
internal abstract record MathNode;

/// <summary>Exact numeric literal (integers and terminating decimals).</summary>
internal sealed record NumberNode(Rational Value) : MathNode;

/// <summary>Named constant with a known value: <c>pi</c> or <c>infinity</c>.</summary>
internal sealed record ConstantNode(string Name) : MathNode;

/// <summary>Free symbol such as <c>x</c>, <c>x_1</c> or <c>\theta</c>; <c>e</c> and <c>i</c> are symbols too.</summary>
internal sealed record VariableNode(string Name) : MathNode;

/// <summary>Negation of its operand.</summary>
internal sealed record NegateNode(MathNode Operand) : MathNode;

/// <summary>Binary operation; <see cref="Operator"/> is one of <c>+ - * / ^</c>.</summary>
internal sealed record BinaryNode(char Operator, MathNode Left, MathNode Right) : MathNode;

/// <summary>
/// Function application: <c>sqrt</c> (Arguments: radicand, index), <c>factorial</c>, <c>binom</c> (n, k), <c>log</c>
/// (argument, base), <c>abs</c>, and the trigonometric and exponential functions with one argument.
/// </summary>
internal sealed record FunctionNode(string Name, IReadOnlyList<MathNode> Arguments) : MathNode;
