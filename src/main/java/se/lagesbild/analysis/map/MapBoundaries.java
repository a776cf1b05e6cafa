package se.lagesbild.analysis.map;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;

/**
 * The municipal boundaries: their status, and an import that replaces all of them in one transaction. A file is
 * read and checked completely before anything is stored, so a refused file ({@link BoundaryFileException}) changes
 * nothing. Features are matched to municipalities by their SCB code; several features with one code are drawn as one
 * area.
 */
@Service
public class MapBoundaries {

    /** The largest upload the page accepts; the configured file at start-up may be larger. */
    public static final int MAX_UPLOAD_MEGABYTES = 5;

    private static final Logger log = LoggerFactory.getLogger(MapBoundaries.class);

    private final BoundaryStore store;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String codeProperty;

    MapBoundaries(BoundaryStore store, Organisations organisations, ApplicationEventPublisher events,
                  TransactionTemplate transactions, Clock clock,
                  @Value("${lagesbild.map.code-property:}") String codeProperty) {
        this.store = store;
        this.organisations = organisations;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.codeProperty = codeProperty;
    }

    public boolean anyStored() {
        return store.count() > 0;
    }

    public MapStatus status() {
        return new MapStatus(store.count(), store.lastImport().orElse(null), withoutBoundary());
    }

    /**
     * Replaces every stored boundary with the file's.
     *
     * @throws BoundaryFileException when the file is refused; nothing is changed then
     */
    public MapImportResult importFile(String sourceName, byte[] bytes, String by) {
        Prepared prepared = prepare(bytes);
        transactions.executeWithoutResult(status -> {
            store.lockImports();
            store(prepared, sourceName, by);
        });
        return result(prepared);
    }

    /**
     * Loads the file only when no boundaries are stored yet, as the configured file at start-up: two nodes starting
     * together load it once.
     *
     * @return the result, or empty when boundaries were already stored
     */
    public Optional<MapImportResult> importIfNoneStored(String sourceName, byte[] bytes, String by) {
        if (store.count() > 0) {
            return Optional.empty();
        }
        Prepared prepared = prepare(bytes);
        Boolean stored = transactions.execute(status -> {
            store.lockImports();
            if (store.count() > 0) {
                return false;
            }
            store(prepared, sourceName, by);
            return true;
        });
        return Boolean.TRUE.equals(stored) ? Optional.of(result(prepared)) : Optional.empty();
    }

    private void store(Prepared prepared, String sourceName, String by) {
        store.replaceAll(prepared.boundaries());
        store.recordImport(clock.instant(), by, sourceName, prepared.featureCount(), prepared.boundaries().size(),
                prepared.unmatchedCodes());
        events.publishEvent(new MapBoundariesImported(by, prepared.featureCount(), prepared.boundaries().size(),
                prepared.unmatchedCodes().size()));
        log.info("Map boundaries replaced by {}: {} features, {} municipalities, {} unmatched codes", by,
                prepared.featureCount(), prepared.boundaries().size(), prepared.unmatchedCodes().size());
    }

    private record Prepared(int featureCount, List<BoundaryStore.NewBoundary> boundaries, List<String> unmatchedCodes,
                            int withoutCode, int withoutArea) {
    }

    /** Reads, matches and draws everything, or refuses the file; touches no table. */
    private Prepared prepare(byte[] bytes) {
        List<GeoJsonFeatures.Feature> features = GeoJsonFeatures.read(bytes, codeProperty);
        Map<Organisation, List<double[][]>> rings = new LinkedHashMap<>();
        Set<String> unmatched = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        int withoutCode = 0;
        int withoutArea = 0;
        for (GeoJsonFeatures.Feature feature : features) {
            if (feature.code() == null) {
                withoutCode++;
                continue;
            }
            codes.add(feature.code());
            Optional<Organisation> municipality = organisations.findByCode(feature.code())
                    .filter(Organisation::isMunicipality);
            if (municipality.isEmpty()) {
                unmatched.add(feature.code());
            } else if (feature.rings().isEmpty()) {
                withoutArea++;
            } else {
                rings.computeIfAbsent(municipality.get(), m -> new ArrayList<>()).addAll(feature.rings());
            }
        }
        if (withoutCode == features.size()) {
            throw new BoundaryFileException("map.import.error.noCodes",
                    codeProperty == null || codeProperty.isBlank()
                            ? String.join(", ", GeoJsonFeatures.CODE_PROPERTIES) : codeProperty.strip());
        }
        List<BoundaryStore.NewBoundary> boundaries = new ArrayList<>();
        rings.forEach((municipality, its) -> {
            BoundaryShape.Shape shape = BoundaryShape.of(its);
            if (shape != null) {
                boundaries.add(new BoundaryStore.NewBoundary(municipality.id(), shape));
            }
        });
        if (boundaries.isEmpty()) {
            boolean anyMatched = !rings.isEmpty() || withoutArea > 0;
            throw anyMatched ? new BoundaryFileException("map.import.error.noAreas")
                    : new BoundaryFileException("map.import.error.noneMatched", sample(codes));
        }
        return new Prepared(features.size(), boundaries, List.copyOf(unmatched), withoutCode, withoutArea);
    }

    private MapImportResult result(Prepared prepared) {
        return new MapImportResult(prepared.featureCount(), prepared.boundaries().size(), prepared.unmatchedCodes(),
                prepared.withoutCode(), prepared.withoutArea(), withoutBoundary());
    }

    private List<MapStatus.Municipality> withoutBoundary() {
        Set<Long> with = new HashSet<>(store.organisationsWithBoundary());
        return organisations.counties().stream()
                .flatMap(county -> organisations.childrenOf(county.id()).stream())
                .filter(Organisation::isMunicipality)
                .filter(municipality -> !with.contains(municipality.id()))
                .sorted(Comparator.comparing(Organisation::name, Organisations.SWEDISH_ORDER))
                .map(municipality -> new MapStatus.Municipality(municipality.code(), municipality.name()))
                .toList();
    }

    private static String sample(Set<String> codes) {
        List<String> first = codes.stream().limit(8).toList();
        return String.join(", ", first) + (codes.size() > first.size() ? ", …" : "");
    }
}
