namespace FalseReject.Cli;

/// <summary>
/// Provides the exit codes of every command; README.md documents them.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command finished.</summary>
    public const int Success = 0;

    /// <summary>The command failed while running, or a check such as a calibration floor was not met.</summary>
    public const int Failure = 1;

    /// <summary>The arguments or the input files are invalid. The message names the value and the fix.</summary>
    public const int InvalidInput = 2;

    /// <summary>The run was canceled (Ctrl+C); finished results are kept and a rerun resumes.</summary>
    public const int Canceled = 130;
}
