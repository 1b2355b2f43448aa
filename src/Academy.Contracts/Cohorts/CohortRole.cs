namespace Academy.Contracts.Cohorts;

public enum CohortRole
{
    Learner = 0,
    Instructor = 1,
}
