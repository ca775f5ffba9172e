using FalseReject.Cli;

return await FalseRejectCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
