package se.lagesbild.analysis;

/** What happens to the county's analysis, published when it is saved; the audit trail records each. */
public final class AnalysisEvents {

    private AnalysisEvents() {
    }

    public record SignalAcknowledged(long countyId, String signalKey, String by) {
    }

    public record RegionalAnalysisPublished(long analysisId, long countyId, String periodCode, String by) {
    }

    public record RegionalAnalysisWithdrawn(long analysisId, long countyId, String periodCode, String by) {
    }
}
