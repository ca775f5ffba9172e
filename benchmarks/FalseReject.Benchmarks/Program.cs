using BenchmarkDotNet.Running;
using FalseReject.Benchmarks;

// "runner-probe N" runs the runner's peak-memory probe over N cases; anything else goes to BenchmarkDotNet,
// for example: --filter '*RunnerThroughput*'.
if (args.Length > 0 && args[0] == "runner-probe")
{
    return await RunnerMemoryProbe.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(RunnerWorkload).Assembly).Run(args);
return 0;
