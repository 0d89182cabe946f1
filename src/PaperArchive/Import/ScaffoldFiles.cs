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
        # Month and weekday names in dates: en, en-GB, de, fr, es, it, pt, nl, pl, sv, da, nb, fi, cs, ru, uk, tr, ja, zh, ko.
        locale: en

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
        # Built site, its record (lock, manifest, staging) and the incremental build cache.
        output/
        .output.paperarchive/
        .paperarchive/
        .tools/

        """;

    /// <summary>
    /// GitHub Pages: every morning (and by hand, optionally backfilling) fetch the latest days and commit them, then
    /// build with the address Pages reports and deploy; on push, build and deploy. A failed fetch still deploys.
    /// </summary>
    public const string PagesWorkflow = """
        name: Publish to GitHub Pages

        on:
          push:
            branches: [main]
          schedule:
            - cron: "17 6 * * *"
          workflow_dispatch:
            inputs:
              since:
                description: "Backfill from this day (YYYY-MM-DD), e.g. 2023-05-04; empty fetches yesterday and today"
                required: false
                default: ""

        permissions:
          contents: read

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          fetch:
            if: github.event_name != 'push'
            runs-on: ubuntu-latest
            timeout-minutes: 180
            permissions:
              contents: write
            outputs:
              outcome: ${{ steps.fetch.outcome }}
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - name: Install PaperArchive
                run: dotnet tool install --tool-path .tools PaperArchive.Cli
              - name: Fetch the latest days
                id: fetch
                continue-on-error: true
                env:
                  SINCE: ${{ inputs.since }}
                run: |
                  range=()
                  if [ -n "$SINCE" ]; then range=(--since "$SINCE"); fi
                  .tools/paperarchive fetch "${range[@]}" --summary-file "$GITHUB_STEP_SUMMARY"
              - name: Commit new or changed digests
                run: |
                  git add input/digests
                  if [ -f input/enrichment.json ]; then git add input/enrichment.json; fi
                  if git diff --cached --quiet; then
                    echo "No new or changed digests." >> "$GITHUB_STEP_SUMMARY"
                    exit 0
                  fi
                  git config user.name "github-actions[bot]"
                  git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
                  git commit --quiet -m "Digests fetched $(date -u +%F)"
                  git push

          build:
            needs: fetch
            if: ${{ !cancelled() && needs.fetch.result != 'failure' }}
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: ${{ github.ref }}
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - uses: actions/cache@v4
                with:
                  path: .paperarchive
                  key: paperarchive-${{ runner.os }}-${{ github.run_id }}
                  restore-keys: paperarchive-${{ runner.os }}-
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
            if: ${{ !cancelled() && needs.build.result == 'success' }}
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

          fetch-failed:
            needs: [fetch, deploy]
            if: ${{ always() && needs.fetch.outputs.outcome == 'failure' }}
            runs-on: ubuntu-latest
            steps:
              - run: |
                  echo "::error::The fetch failed (see the fetch job's summary); the site was built and deployed from the digests already stored."
                  exit 1

        """;
}
