using BriefGen.Rendering;

namespace BriefGen;

/// <summary>Rendering's progress, counted in <see cref="BuildProgress.GeneratedFiles"/>.</summary>
internal sealed class RenderProgress(ProgressCount count) : IRenderProgress
{
    /// <inheritdoc/>
    public void Planned(int files) => count.Start(files);

    /// <inheritdoc/>
    public void Done(bool kept) => count.Advance(kept);
}
