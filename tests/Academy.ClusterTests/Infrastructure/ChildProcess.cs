using System.Diagnostics;

namespace Academy.ClusterTests.Infrastructure;

/// <summary>A server the tests start (redis-server, nginx) in the foreground, killed with the test, its last output kept for failures.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private ChildProcess(Process process) => this.process = process;

    public static ChildProcess Start(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var child = new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start."));
        child.process.OutputDataReceived += (_, line) => child.Remember(line.Data);
        child.process.ErrorDataReceived += (_, line) => child.Remember(line.Data);
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    public bool HasExited => process.HasExited;

    public string Output()
    {
        lock (output)
        {
            return string.Join(Environment.NewLine, output.TakeLast(30));
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }
}
