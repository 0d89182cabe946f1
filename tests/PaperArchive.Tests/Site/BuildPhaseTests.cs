using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

public class BuildPhaseTests
{
    [Fact]
    public async Task A_build_reports_its_time_by_named_phase_in_build_order()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2025-03-11.txt"] = TestArchives.PlainDigest("Mar 11", ("Plain Title", "An abstract long enough to count as one. It says a little.")),
        });
        var report = await TestArchives.BuildAsync(input, temp["site"]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        // Every phase has its row, in the order BuildPhase.All gives; pipelines' rows sit under their own phase.
        var phaseRows = report.Timings.Where(t => t.Pipeline is null).Select(t => t.Phase).ToList();
        Assert.Equal(BuildPhase.All.Where(p => phaseRows.Contains(p)), phaseRows);
        Assert.Equal([BuildPhase.ReadSettingsAndTheme, BuildPhase.OpenCache, BuildPhase.ReadDigests, BuildPhase.AssembleModel,
            BuildPhase.Topics, BuildPhase.Math, BuildPhase.RenderAndStage, BuildPhase.Commit], phaseRows);
        var pipelines = report.Timings.Where(t => t.Pipeline is not null).ToDictionary(t => t.Pipeline!, t => t.Phase);
        Assert.Equal(BuildPhase.Search, pipelines[SitePipelines.Search]);
        Assert.Equal(BuildPhase.Feeds, pipelines[SitePipelines.Feeds]);
        Assert.Equal(BuildPhase.Feeds, pipelines[SitePipelines.Sitemap]);
        Assert.Equal(BuildPhase.RenderPages, pipelines[SitePipelines.Papers]);
        Assert.Equal("search: pipeline search", report.Timings.Single(t => t.Pipeline == SitePipelines.Search).Name);
    }
}
