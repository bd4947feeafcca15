namespace BriefGen.Rendering;

/// <summary>
/// What rendering tells of its progress, for a caller that shows it. Thread-safe and cheap: pages render in parallel
/// and each one done is told once.
/// </summary>
internal interface IRenderProgress
{
    /// <summary>The render will make <paramref name="files"/> generated files.</summary>
    void Planned(int files);

    /// <summary>One generated file is done; <paramref name="kept"/>: kept from the previous build rather than rendered.</summary>
    void Done(bool kept);
}
