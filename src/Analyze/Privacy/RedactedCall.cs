using CallCoach.Core.Analysis;
using CallCoach.Core.Privacy;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Privacy;

/// <summary>A call as it may be stored: redacted segments and analysis, and what redaction took out.</summary>
public sealed record RedactedCall(IReadOnlyList<TranscriptSegment> Segments, CallAnalysis Analysis, TranscriptRedaction Redaction);
