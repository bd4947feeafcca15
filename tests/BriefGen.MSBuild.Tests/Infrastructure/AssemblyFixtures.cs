using BriefGen.MSBuild.Tests.Infrastructure;

// One packed feed for the whole run; each end-to-end class is its own collection, so they run side by side.
[assembly: AssemblyFixture(typeof(PackedFeed))]
