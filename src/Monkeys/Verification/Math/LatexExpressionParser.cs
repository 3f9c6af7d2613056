namespace Monkeys.Verification.MathAnswers;

/// <summary>
/// Recursive-descent parser for the scalar part of a normalised LaTeX answer: numbers, symbols,
/// <c>+ - \cdot \times \div / ^ !</c>, implicit multiplication, <c>\frac</c>, <c>\sqrt[n]{}</c>,
/// <c>\pi</c>, <c>\infty</c>, absolute value bars, subscripts on symbols, and the common functions.
/// </summary>
/// <remarks>
/// An unbraced argument is one character, as in LaTeX: <c>\frac12</c> is one half and <c>x^23</c> is
/// x squared times 3. An integer followed by a fraction of integers is a mixed number
/// (<c>1\frac{4}{5}</c> is 9/5). Parsing stops with false, never an exception, on anything else, and
/// on inputs deeper than <see cref="MaxDepth"/> or larger than <see cref="MaxNodes"/>.
/// </remarks>
internal sealed class LatexExpressionParser
{
    /// <summary>Deepest recursion accepted; each bracket level uses three (about 85 nested brackets).</summary>
    public const int MaxDepth = 256;

    /// <summary>Most nodes one expression may produce.</summary>
    public const int MaxNodes = 2000;

    private static readonly HashSet<string> UnaryFunctions = new(StringComparer.Ordinal)
    {
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "ln", "exp",
    };

    private static readonly HashSet<string> GreekLetters = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
        "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi",
        "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Phi", "Psi", "Omega",
    };

    private readonly List<LatexToken> _tokens;
    private int _position;
    private int _depth;
    private int _nodes;

    private LatexExpressionParser(List<LatexToken> tokens)
    {
        _tokens = tokens;
    }

    /// <summary>Parses <paramref name="text"/> as one scalar expression; false when it is not one.</summary>
    public static bool TryParse(string text, out MathNode? node)
    {
        node = null;
        if (!LatexTokenizer.TryTokenize(text, out var tokens) || tokens.Count == 0)
        {
            return false;
        }

        var parser = new LatexExpressionParser(tokens);
        try
        {
            node = parser.ParseSum();
            return node is not null && parser._position == tokens.Count;
        }
        catch (FormatException)
        {
            node = null;
            return false;
        }
    }

    private LatexToken? Peek => _position < _tokens.Count ? _tokens[_position] : null;

    private T Count<T>(T node)
        where T : MathNode
    {
        if (++_nodes > MaxNodes)
        {
            throw new FormatException("Expression has too many nodes.");
        }

        return node;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new FormatException("Expression is nested too deeply.");
        }
    }

    private MathNode ParseSum()
    {
        Enter();
        var left = ParseProduct();
        while (Peek is { } token && (token.IsSymbol('+') || token.IsSymbol('-')))
        {
            _position++;
            var right = ParseProduct();
            left = Count(new BinaryNode(token.Text[0], left, right));
        }

        _depth--;
        return left;
    }

    private MathNode ParseProduct()
    {
        Enter();
        var left = ParseUnary();
        while (Peek is { } token)
        {
            if (token.IsSymbol('*') || token.IsCommand("cdot") || token.IsCommand("times"))
            {
                _position++;
                left = Count(new BinaryNode('*', left, ParseUnary()));
            }
            else if (token.IsSymbol('/') || token.IsCommand("div"))
            {
                _position++;
                left = Count(new BinaryNode('/', left, ParseUnary()));
            }
            else if (StartsAtom(token))
            {
                left = Count(new BinaryNode('*', left, ParsePower()));
            }
            else
            {
                break;
            }
        }

        _depth--;
        return left;
    }

    private MathNode ParseUnary()
    {
        if (Peek is { } token && (token.IsSymbol('-') || token.IsSymbol('+')))
        {
            _position++;
            Enter();
            var operand = ParseUnary();
            _depth--;
            return token.IsSymbol('-') ? Count(new NegateNode(operand)) : operand;
        }

        return ParsePower();
    }

    private MathNode ParsePower()
    {
        var mixed = TryParseMixedNumber();
        if (mixed is not null)
        {
            return mixed;
        }

        var baseNode = ParsePostfix();
        if (Peek is { } token && token.IsSymbol('^'))
        {
            _position++;
            Enter();
            var exponent = ParseArgument(allowSign: true);
            _depth--;
            return Count(new BinaryNode('^', baseNode, exponent));
        }

        return baseNode;
    }

    private MathNode ParsePostfix()
    {
        var node = ParseAtom();
        while (Peek is { } token && token.IsSymbol('!'))
        {
            _position++;
            node = Count(new FunctionNode("factorial", new[] { node }));
        }

        return node;
    }

    private static bool StartsAtom(LatexToken token) => token.Kind switch
    {
        LatexTokenKind.Number or LatexTokenKind.Letter => true,
        LatexTokenKind.Command => token.Text is "frac" or "binom" or "sqrt" or "pi" or "infty" || UnaryFunctions.Contains(token.Text)
            || GreekLetters.Contains(token.Text) || token.Text == "log",
        _ => token.IsSymbol('(') || token.IsSymbol('{'),
    };

    /// <summary>Reads <c>N\frac{a}{b}</c> with integer N, a, b as N + a/b (sign kept by the caller).</summary>
    private MathNode? TryParseMixedNumber()
    {
        if (Peek is not { Kind: LatexTokenKind.Number } whole || whole.Text.Contains('.'))
        {
            return null;
        }

        if (_position + 1 >= _tokens.Count || !_tokens[_position + 1].IsCommand("frac"))
        {
            return null;
        }

        var saved = _position;
        var savedNodes = _nodes;
        _position += 2;
        var numerator = ParseArgument(allowSign: false);
        var denominator = ParseArgument(allowSign: false);
        if (numerator is NumberNode { Value.IsInteger: true } && denominator is NumberNode { Value.IsInteger: true })
        {
            var wholeValue = new NumberNode(ParseNumber(whole.Text));
            return Count(new BinaryNode('+', wholeValue, new BinaryNode('/', numerator, denominator)));
        }

        _position = saved;
        _nodes = savedNodes;
        return null;
    }

    /// <summary>Reads a command or exponent argument: a braced group, or a single character or token.</summary>
    private MathNode ParseArgument(bool allowSign)
    {
        var token = Peek ?? throw new FormatException("Missing argument.");
        if (token.IsSymbol('{'))
        {
            _position++;
            var inner = ParseSum();
            Expect('}');
            return inner;
        }

        if (allowSign && token.IsSymbol('-'))
        {
            _position++;
            return Count(new NegateNode(ParseArgument(allowSign: false)));
        }

        if (token.Kind == LatexTokenKind.Number && token.Text.Length > 1)
        {
            // An unbraced argument takes one digit: split "12" into "1" and "2".
            _tokens[_position] = new LatexToken(LatexTokenKind.Number, token.Text[1..]);
            return Count(new NumberNode(ParseNumber(token.Text[..1])));
        }

        return ParseAtom();
    }

    private MathNode ParseAtom()
    {
        Enter();
        var token = Peek ?? throw new FormatException("Expression ends early.");
        _position++;
        MathNode result;
        switch (token.Kind)
        {
            case LatexTokenKind.Number:
                result = Count(new NumberNode(ParseNumber(token.Text)));
                break;
            case LatexTokenKind.Letter:
                result = Count(new VariableNode(token.Text + ParseSubscript()));
                break;
            case LatexTokenKind.Command:
                result = ParseCommand(token.Text);
                break;
            default:
                result = ParseGroup(token);
                break;
        }

        _depth--;
        return result;
    }

    private MathNode ParseGroup(LatexToken open)
    {
        if (open.IsSymbol('(') || open.IsSymbol('{') || open.IsSymbol('['))
        {
            var close = open.Text[0] switch { '(' => ')', '{' => '}', _ => ']' };
            var inner = ParseSum();
            Expect(close);
            return inner;
        }

        if (open.IsSymbol('|'))
        {
            var inner = ParseSum();
            Expect('|');
            return Count(new FunctionNode("abs", new[] { inner }));
        }

        throw new FormatException($"Unexpected '{open.Text}'.");
    }

    private MathNode ParseCommand(string name)
    {
        switch (name)
        {
            case "frac":
                {
                    var numerator = ParseArgument(allowSign: false);
                    var denominator = ParseArgument(allowSign: false);
                    return Count(new BinaryNode('/', numerator, denominator));
                }

            case "sqrt":
                {
                    MathNode index = new NumberNode(Rational.FromInteger(2));
                    if (Peek is { } open && open.IsSymbol('['))
                    {
                        _position++;
                        index = ParseSum();
                        Expect(']');
                    }

                    var radicand = ParseArgument(allowSign: false);
                    return Count(new FunctionNode("sqrt", new[] { radicand, index }));
                }

            case "binom":
                {
                    var n = ParseArgument(allowSign: false);
                    var k = ParseArgument(allowSign: false);
                    return Count(new FunctionNode("binom", new[] { n, k }));
                }

            case "pi":
                return Count(new ConstantNode("pi"));
            case "infty":
                return Count(new ConstantNode("infinity"));
            case "log":
                {
                    MathNode logBase = new ConstantNode("e");
                    if (Peek is { } underscore && underscore.IsSymbol('_'))
                    {
                        _position++;
                        logBase = ParseArgument(allowSign: false);
                    }

                    return Count(new FunctionNode("log", new[] { ParsePower(), logBase }));
                }
        }

        if (UnaryFunctions.Contains(name))
        {
            return Count(new FunctionNode(name, new[] { ParsePower() }));
        }

        if (GreekLetters.Contains(name))
        {
            return Count(new VariableNode("\\" + name + ParseSubscript()));
        }

        throw new FormatException($"Unsupported command \\{name}.");
    }

    /// <summary>Reads an optional subscript on a symbol (<c>x_1</c>, <c>a_{10}</c>) as part of its name.</summary>
    private string ParseSubscript()
    {
        if (Peek is not { } token || !token.IsSymbol('_'))
        {
            return string.Empty;
        }

        _position++;
        var next = Peek ?? throw new FormatException("Subscript is missing.");
        if (next.IsSymbol('{'))
        {
            var start = ++_position;
            while (Peek is { } inner && !inner.IsSymbol('}'))
            {
                _position++;
            }

            Expect('}');
            return "_" + string.Concat(_tokens.GetRange(start, _position - 1 - start).Select(t => t.Text));
        }

        _position++;
        return "_" + next.Text;
    }

    private void Expect(char symbol)
    {
        if (Peek is not { } token || !token.IsSymbol(symbol))
        {
            throw new FormatException($"Expected '{symbol}'.");
        }

        _position++;
    }

    private static Rational ParseNumber(string text) =>
        Rational.TryParseDecimal(text, out var value) ? value : throw new FormatException($"Invalid number '{text}'.");
}
