package org.advocacy.insights;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.advocacy.insights.internal.RollupRepository;
import org.advocacy.insights.internal.RollupRepository.MonthsVersion;
import org.advocacy.org.Branch;
import org.advocacy.security.BranchScope;
import org.advocacy.survey.StaffAdvocacyQuery.ReleasesVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps each computed analysis of a period until something it was computed from changes (docs/decisions/0045): the
 * key holds, besides the question (period, region, lag, the caller's branch scope), the versions of everything the
 * answer depends on — the rollups' versions of the months it reads, the pulse releases counting in its months, the
 * branches as read now, the active headcount and the minimum group. A view whose inputs are unchanged costs those
 * version reads; a change in any of its months makes the next view compute afresh. The versions are read in the same
 * read-only transaction as the figures, so an entry never pairs old figures with a new version.
 *
 * <p>The active headcount ("per head") is read at most once per {@code app.insights.headcount-seconds} (default 60);
 * its stamp moves only when the counts differ, so an unchanged staff list keeps the cached analyses.
 */
@Component
class AdvocacyCache {

    /** Everything an analysis depends on; equal keys give equal analyses. */
    record Key(String kind, InsightsPeriod period, String region, int lag, BranchScope scope, List<Branch> branches,
            MonthsVersion rollups, ReleasesVersion releases, long headcount, int k) {
    }

    /** Active staff per branch, with a stamp that changes only when the counts do. */
    record Headcount(long stamp, Map<Long, Integer> byBranch) {
    }

    private final RollupRepository rollups;
    private final Cache<Key, Object> results;
    private final Cache<Boolean, Headcount> headcount;
    private final AtomicLong stamps = new AtomicLong();
    private volatile Headcount last;

    AdvocacyCache(RollupRepository rollups, @Value("${app.insights.cache-entries:64}") int entries,
            @Value("${app.insights.headcount-seconds:60}") long headcountSeconds) {
        this.rollups = rollups;
        this.results = Caffeine.newBuilder().maximumSize(entries).expireAfterAccess(Duration.ofHours(1)).build();
        this.headcount = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(Duration.ofSeconds(headcountSeconds))
                .build();
    }

    /** Active staff per branch now, read at most once per the configured seconds (call inside a transaction). */
    Headcount headcount() {
        return headcount.get(Boolean.TRUE, x -> {
            Map<Long, Integer> now = Map.copyOf(rollups.activeHeadcount());
            Headcount prev = last;
            Headcount next = prev != null && prev.byBranch().equals(now) ? prev
                    : new Headcount(stamps.incrementAndGet(), now);
            last = next;
            return next;
        });
    }

    /** The rollups' version of [from, to] (months of customer answers and recognition). */
    MonthsVersion rollupVersion(java.time.YearMonth from, java.time.YearMonth to) {
        return rollups.monthsVersion(from, to);
    }

    /** The cached value for the key, or the computed one (one computation per key at a time). */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute) {
        return (T) results.get(key, k -> compute.get());
    }

    /** Entries now held (tests and the benchmark). */
    long size() {
        results.cleanUp();
        return results.estimatedSize();
    }

    /** Forgets every entry (tests and the benchmark's "computed" rows). */
    void clear() {
        results.invalidateAll();
        headcount.invalidateAll();
    }
}
