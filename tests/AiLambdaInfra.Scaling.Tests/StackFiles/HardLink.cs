using System.Runtime.InteropServices;

namespace AiLambdaInfra.Scaling.Tests.StackFiles;

/// <summary>Creates a hard link with <c>link(2)</c>, which .NET has no API for.</summary>
internal static class HardLink
{
    public static bool Create(string existing, string newPath) => link(existing, newPath) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);
}
