namespace CallCoach.Testing;

/// <summary>Scripts for synthetic calls. Plain sentences, so the recognizer's errors are the engine's, not the script's.</summary>
public static class SalesCalls
{
    /// <summary>Two minutes of a discovery call that mentions the trial period.</summary>
    public static readonly IReadOnlyList<CallTurn> TwoMinuteTrialCall =
    [
        new(Party.Rep, "Good morning, this is Sarah from North Star Software. Thank you for taking the time to talk with me today."),
        new(Party.Customer, "Good morning Sarah. Happy to talk. We have about fifteen minutes before my next meeting."),
        new(Party.Rep, "That works well. Could you tell me how your team handles customer support requests at the moment?"),
        new(Party.Customer, "Right now we use email and a shared spreadsheet. It is slow and we lose track of requests every week."),
        new(Party.Rep, "I understand. How many people on your team answer those requests every day?"),
        new(Party.Customer, "There are six people, and they answer about two hundred requests a day."),
        new(Party.Rep, "Our platform puts every request in one place and assigns it to the right person automatically."),
        new(Party.Customer, "That sounds useful. How long would it take to get the whole team started?"),
        new(Party.Rep, "Most teams are ready in one week. We also offer a trial period of thirty days, so you can test it with real work."),
        new(Party.Customer, "A trial period would help. Does the trial period include the reporting features?"),
        new(Party.Rep, "Yes, the trial period includes every feature, and our support team will help you during the first week."),
        new(Party.Customer, "Good. I would need to show the results to my manager before we decide anything."),
        new(Party.Rep, "Of course. I can send you a short summary that you can share with your manager after the call."),
        new(Party.Customer, "Please do that. What happens at the end of the trial period if we want to continue?"),
        new(Party.Rep, "You choose a plan for your team, and everything you set up during the trial stays in place."),
        new(Party.Customer, "That makes sense. Let me talk with my manager this week and I will call you back on Friday."),
        new(Party.Rep, "Thank you. I will send the summary today and I look forward to talking with you on Friday."),
        new(Party.Customer, "One more question. Can we move our old requests into the new system during the trial period?"),
        new(Party.Rep, "Yes. We import your spreadsheet on the first day, so your team starts with everything in one place."),
    ];

    /// <summary>A short exchange with no business keyword at all.</summary>
    public static readonly IReadOnlyList<CallTurn> SmallTalk =
    [
        new(Party.Rep, "Hello, how was your weekend?"),
        new(Party.Customer, "It was lovely, thank you. We went walking by the river."),
        new(Party.Rep, "That sounds wonderful. The weather was very good."),
    ];
}
