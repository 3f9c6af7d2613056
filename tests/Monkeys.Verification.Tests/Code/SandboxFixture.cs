using Monkeys.Verification.Code;

namespace Monkeys.Verification.Tests.Code;

/// <summary>One sandbox with two workers shared by every test that runs programs; those tests run one class at a time.</summary>
public sealed class SandboxFixture : IDisposable
{
    public SandboxFixture()
    {
        Sandbox = PythonSandbox.Create(new PythonSandboxOptions(WorkerCount: 2));
    }

    public PythonSandbox Sandbox { get; }

    /// <summary>Fails the calling test with the reason when the machine cannot run the sandbox.</summary>
    public void RequireAvailable()
    {
        Assert.True(Sandbox.IsAvailable, $"The sandbox is unavailable: {Sandbox.UnavailableReason}");
    }

    public void Dispose() => Sandbox.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "sandbox";
}
