namespace PaperArchive.Site;

/// <summary>What a build that stopped had done to its output folder: the one thing its error message must tell truthfully.</summary>
public enum OutputState
{
    /// <summary>Stopped before the commit point: the output is exactly as it was.</summary>
    Untouched,
    /// <summary>Stopped while the update was being applied: the journal is in place and the next build of this output finishes it.</summary>
    UpdateInterrupted,
    /// <summary>The whole site was written; what failed came after (saving the build cache).</summary>
    Written,
}

/// <summary>
/// A build failed at or after its commit point. <see cref="SiteBuilder.BuildAsync"/> throws this, with the state of the
/// output, for every failure from the commit on; any other exception it throws left the output untouched.
/// </summary>
public sealed class SiteOutputException(OutputState state, string output, Exception inner)
    : Exception(inner.Message, inner)
{
    public OutputState State { get; } = state;
    public string Output { get; } = output;
}
