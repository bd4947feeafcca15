namespace BriefGen.Output;

/// <summary>A file's length and modification time (UTC ticks): enough to notice that a kept file was changed since.</summary>
/// <param name="Length">The length in bytes.</param>
/// <param name="WriteTicks">The last write time, UTC, in ticks.</param>
public readonly record struct FileStamp(long Length, long WriteTicks);
