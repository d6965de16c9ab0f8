namespace AiLambdaInfra.Cli;

/// <summary>Process exit codes shared by every command, so that CI and pre-commit hooks can tell failures apart.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The input was read but is invalid (a stack file breaking a rule, a history file with bad rows).</summary>
    public const int Invalid = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument) or a file named on it cannot be read.</summary>
    public const int Usage = 2;

    /// <summary>
    /// A fault of the tool itself: an exception no command expected. One line says so on standard error; it is never the
    /// answer to bad input, which always gets <see cref="Invalid"/> or <see cref="Usage"/>. 70 is BSD's EX_SOFTWARE.
    /// </summary>
    public const int Internal = 70;
}
