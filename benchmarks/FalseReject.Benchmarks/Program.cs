using BenchmarkDotNet.Running;
using FalseReject.Benchmarks;

// "runner-probe N" runs the runner's peak-memory probe over N cases; "graph-probe" builds the large entity graph
// once and prints its peak working set; anything else goes to BenchmarkDotNet, for example: --filter '*RunnerThroughput*'.
if (args.Length > 0 && args[0] == "runner-probe")
{
    return await RunnerMemoryProbe.RunAsync(args);
}

if (args.Length > 0 && args[0] == "graph-probe")
{
    return GraphMemoryProbe.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(RunnerWorkload).Assembly).Run(args);
return 0;
