namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>The end-to-end tests share one packed feed and run one after the other (they spawn builds).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackedFeed>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "EndToEnd";
}
