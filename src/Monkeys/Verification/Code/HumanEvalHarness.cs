using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Monkeys.Verification.Code;

/// <summary>
/// Builds the sandbox program for a HumanEval-style check and reads its report. The harness reads
/// the candidate and test files before running either, runs the candidate, then calls
/// <c>check(entry_point)</c>, and prints one report line tagged with a random nonce that it reads from
/// stdin, so ordinary program output cannot be mistaken for a report.
/// </summary>
/// <remarks>
/// NOTE: the candidate runs in the harness's interpreter, so a deliberately hostile candidate can
/// find the nonce and forge a pass; the sandbox contains such a program but does not stop it lying.
/// </remarks>
internal static partial class HumanEvalHarness
{
    private const string HarnessSource = """
        import os, sys, traceback
        _nonce = sys.stdin.readline().strip()
        _fd = os.dup(1)
        with open("candidate.py", encoding="utf-8", errors="replace") as _f:
            _candidate_source = _f.read()
        with open("test.py", encoding="utf-8", errors="replace") as _f:
            _test_source = _f.read()

        def _report(kind, detail=""):
            try:
                sys.stdout.flush()
            except BaseException:
                pass
            line = "\n%s %s %s\n" % (_nonce, kind, " ".join(str(detail).split())[:400])
            os.write(_fd, line.encode("utf-8", "replace"))
            os._exit(0)

        def _describe(error):
            return "%s: %s" % (type(error).__name__, error)

        _ns = {"__name__": "__main__"}
        try:
            exec(compile(_candidate_source, "candidate.py", "exec"), _ns)
        except MemoryError:
            _report("memory", "MemoryError while loading the candidate")
        except BaseException as error:
            _report("error", "loading the candidate: " + _describe(error))
        try:
            exec(compile(_test_source, "test.py", "exec"), _ns)
            _check = _ns["check"]
            _function = _ns[_ENTRY_NAME]
        except MemoryError:
            _report("memory", "MemoryError while loading the tests")
        except KeyError as error:
            _report("error", "not defined: %s" % error)
        except BaseException as error:
            _report("error", "loading the tests: " + _describe(error))
        try:
            _check(_function)
        except AssertionError as error:
            lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == "test.py"]
            _report("failed", lines[-1] if lines else 0)
        except MemoryError:
            _report("memory", "MemoryError")
        except BaseException as error:
            _report("error", _describe(error))
        _report("passed")
        """;

    /// <summary>Builds the program: harness, candidate and test files, with the nonce on stdin.</summary>
    public static (SandboxProgram Program, string Nonce) Build(string candidate, string test, string entryPoint)
    {
        if (!Identifier().IsMatch(entryPoint))
        {
            throw new ArgumentException($"Entry point '{entryPoint}' is not a Python identifier.", nameof(entryPoint));
        }

        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var harness = HarnessSource.Replace("_ENTRY_NAME", "\"" + entryPoint + "\"", StringComparison.Ordinal);
        var files = new Dictionary<string, string>
        {
            ["harness.py"] = harness,
            ["candidate.py"] = candidate,
            ["test.py"] = test,
        };
        return (new SandboxProgram(files, "harness.py", nonce + "\n"), nonce);
    }

    /// <summary>Reads the harness report from stdout; null when the program exited without one.</summary>
    public static (string Kind, string Detail)? ReadReport(string standardOutput, string nonce)
    {
        var marker = standardOutput.LastIndexOf("\n" + nonce + " ", StringComparison.Ordinal);
        if (marker < 0)
        {
            return null;
        }

        var line = standardOutput[(marker + nonce.Length + 2)..].TrimEnd('\n', '\r');
        var space = line.IndexOf(' ');
        return space < 0 ? (line, string.Empty) : (line[..space], line[(space + 1)..]);
    }

    /// <summary>Returns the one-based index of the <c>assert</c> statement at or before <paramref name="line"/> in the test code.</summary>
    public static int AssertIndexAtLine(string test, int line)
    {
        var lines = test.Split('\n');
        var index = 0;
        for (var i = 0; i < System.Math.Min(line, lines.Length); i++)
        {
            if (lines[i].TrimStart().StartsWith("assert", StringComparison.Ordinal))
            {
                index++;
            }
        }

        return System.Math.Max(index, 1);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
