namespace Academy.Contracts.Teaching;

/// <summary>
/// How long a module keeps a cohort's engagement figures for the instructor's dashboard (the funnel, posts per week,
/// submissions per module, each member's last activity), and the dashboard its learners worked out from them (who is quiet,
/// who missed sessions). They are aggregates over everything the cohort ever did, so working them out grows with the
/// cohort (about 0.2 s each at 2,000 learners and 50,000 posts on SQLite), while a chart by week and a "quiet for a week"
/// are just as true a minute or two later. The rest of the queue and its counts are read on every visit. Kept in each
/// instance's memory: a figure an instance forgets is worked out again, nothing is lost.
/// </summary>
public static class EngagementFigures
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);
}
