namespace CallCoach.Core.Analysis;

/// <summary>The rep-act taxonomy. These names appear in JSON, the API and the training data, so they never change.</summary>
public static class RepActs
{
    public const string DiscoveryQuestion = "discovery_question";
    public const string BudgetQuestion = "budget_question";
    public const string DecisionQuestion = "decision_question";
    public const string SuccessCase = "success_case";
    public const string Roi = "roi";
    public const string NextStep = "next_step";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [DiscoveryQuestion, BudgetQuestion, DecisionQuestion, SuccessCase, Roi, NextStep, Other];
}
