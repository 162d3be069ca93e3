using static CallCoach.Analyze.Tests.Metrics.Say;

namespace CallCoach.Analyze.Tests.Metrics;

public sealed class QuestionCounterTests
{
    [Fact]
    public void TypedTranscriptCountsEachRunOfQuestionMarksInRepSegments()
    {
        var metrics = Measure.Call(60,
        [
            Rep(0, 10, "Great. What's your budget?? And who signs?"),
            Customer(10, 20, "Why do you ask?"),
            Rep(20, 30, "你们的预算是多少？"),
            Rep(30, 40, "So what do you use today"),
        ]);

        // "??" and "?" in the first, "？" in the third; the customer's question is not the rep's, and the unpunctuated
        // last segment of a punctuated call is not guessed at.
        Assert.Equal(3, metrics.RepQuestions);
    }

    [Fact]
    public void TypedCueThatBreaksASentenceIsNotAQuestionOfItsOwn()
    {
        var metrics = Measure.Call(60, [Rep(0, 3, "So what I'd like to know is"), Rep(3, 5, "what's your timeline?")]);

        Assert.Equal(1, metrics.RepQuestions);
    }

    // Recognizer text: no punctuation anywhere in the call, so a rep segment that reads like a question is one.
    [Theory]
    [InlineData("so what does your team use today", 1)]
    [InlineData("okay do you have a budget for this", 1)]
    [InlineData("how about next tuesday at ten", 1)]
    [InlineData("we help teams like yours", 0)]
    [InlineData("whatever works for you", 0)] // "whatever" is not "what"
    [InlineData("i wonder what fits you best", 0)] // the question word is not at the start
    [InlineData("which plan fits 3.5 k per year", 1)] // "3.5" is no full stop that would make the call punctuated
    [InlineData("你们现在用什么系统", 1)]
    [InlineData("预算有没有定下来", 1)]
    [InlineData("那你们的团队呢", 1)]
    [InlineData("我们呢其实很灵活", 0)] // 呢 in the middle marks a topic
    [InlineData("我们下周发合同", 0)]
    [InlineData("预 算 大 概 多 少", 1)] // recognised Chinese, spaced one character a word
    public void UnpunctuatedRepSegmentCountsOnceWhenItReadsLikeAQuestion(string text, int questions)
    {
        Assert.Equal(questions, Measure.Call(60, [Rep(0, 5, text)]).RepQuestions);
    }

    [Fact]
    public void UnpunctuatedCustomerQuestionsAreNotTheReps()
    {
        var metrics = Measure.Call(60, [Rep(0, 5, "we help teams like yours"), Customer(5, 10, "what is the price")]);

        Assert.Equal(0, metrics.RepQuestions);
    }
}
