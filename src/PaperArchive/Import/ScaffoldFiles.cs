namespace PaperArchive.Import;

/// <summary>The files <c>paperarchive new</c> writes (besides the theme), as they are written.</summary>
public static class ScaffoldFiles
{
    public const string ArchiveYml = """
        # PaperArchive settings. Every setting has a default; see docs/settings.md.

        # The site's name, shown in the header and in feeds.
        title: My Paper Archive
        description: Daily digests of trending research papers.

        # Where the site is hosted. Every link, feed and the search page honour its path, so a project site
        # such as https://user.github.io/my-archive/ works. The GitHub Pages workflow overrides it with the
        # address Pages reports, so this matters for local builds and other hosts.
        baseUrl: https://user.github.io/my-archive/
        language: en

        # Feeds: the papers of the latest 7 days that have papers (1-366), at most this many bytes per feed file
        # (65536-10485760; the oldest items are left out past it). Papers per tag page, characters of abstract on listing pages.
        feedDays: 7
        feedMaxBytes: 1048576
        tagPageSize: 50
        excerptLength: 280

        """;

    public const string SampleDigestName = "2025-03-11.txt";

    /// <summary>A plain-text digest as copied from a trending-papers page: a date line, then title / blank line / abstract.</summary>
    public const string SampleDigest = """
        Mar 11

        Magnitude Invariant Parametrizations Improve Hypernetwork Learning

        Hypernetworks, neural networks that predict the parameters of another neural network, are powerful models that have been successfully used in diverse applications. We identify a magnitude proportionality between their inputs and outputs that slows training, and present a revised formulation that consistently stabilizes training and achieves faster convergence.

        An Example Paper to Replace With Your Own

        Replace this digest with your own: run paperarchive import on a digest file, or add files named YYYY-MM-DD.txt, .md or .json to the digests folder, then paperarchive build.

        """;

    public const string GitIgnore = """
        # Built site and the incremental build cache.
        output/
        .paperarchive/
        .tools/

        """;

    /// <summary>GitHub Pages: build on push, daily and by hand with the address Pages reports, then deploy.</summary>
    public const string PagesWorkflow = """
        name: Publish to GitHub Pages

        on:
          push:
            branches: [main]
          schedule:
            - cron: "17 6 * * *"
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - id: pages
                uses: actions/configure-pages@v5
              - name: Install PaperArchive
                run: dotnet tool install --tool-path .tools PaperArchive.Cli
              - name: Build
                run: .tools/paperarchive build --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: output

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;
}
