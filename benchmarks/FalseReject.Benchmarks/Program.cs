using BenchmarkDotNet.Running;

// Runs the benchmarks chosen on the command line, for example: --filter '*PatternJudge*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
