using BriefGen.FileSystem;

namespace BriefGen;

/// <summary>Words for a failed file operation, for a diagnostic's message instead of the exception's own text.</summary>
public static class FileErrors
{
    /// <summary>
    /// The operating system's words for why <paramref name="error"/> happened (e.g. "Permission denied", "No space
    /// left on device"), without the path, which the diagnostic names on its own.
    /// </summary>
    /// <param name="error">An <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</param>
    public static string Words(Exception error)
    {
        var failure = FileSystemFailure.From(error, path: null);
        return failure.Errno > 0 ? failure.Words : error switch
        {
            FileNotFoundException => "the file does not exist",
            DirectoryNotFoundException => "a folder on its path does not exist",
            PathTooLongException => "the path is too long",
            _ => "the operating system refused the operation",
        };
    }
}
