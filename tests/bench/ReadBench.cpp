#include "ReadBench.h"

#include "BenchReport.h"
#include "ProcessMemory.h"
#include "Samples.h"
#include "demo/DemoGenerator.h"
#include "store/CacheReader.h"
#include "store/Database.h"

#include <cstdio>
#include <string>
#include <vector>

namespace concord::bench {
namespace {

using Clock = std::chrono::steady_clock;
using store::InboxQuery;
using store::InboxSort;
using store::InboxView;

constexpr int kPage = 100;
constexpr double kFirstPageTarget = 100;
constexpr double kViewTarget = 50;
constexpr double kSearchTarget = 100;
constexpr double kThreadTarget = 100;
constexpr std::int64_t kRssTarget = 200LL * 1024 * 1024;

struct NamedQuery {
    std::string name;
    InboxQuery query;
};

std::vector<NamedQuery> viewQueries(const domain::Agent& me)
{
    InboxQuery base;
    base.agentId = me.id;
    base.teamIds = me.teamIds;
    auto with = [&](InboxView view, InboxSort sort) {
        InboxQuery q = base;
        q.view = view;
        q.sort = sort;
        return q;
    };
    using domain::Channel;
    using domain::Priority;
    using domain::Status;
    std::vector<NamedQuery> list{
        {"view Mine", with(InboxView::Mine, InboxSort::LastActivity)},
        {"view Unassigned", with(InboxView::Unassigned, InboxSort::LastActivity)},
        {"view My teams", with(InboxView::MyTeams, InboxSort::LastActivity)},
        {"view All", with(InboxView::All, InboxSort::LastActivity)},
        {"All, sort SLA due", with(InboxView::All, InboxSort::SlaDue)},
        {"All, sort priority", with(InboxView::All, InboxSort::Priority)},
        {"Mine, sort SLA due", with(InboxView::Mine, InboxSort::SlaDue)},
        {"My teams, sort priority", with(InboxView::MyTeams, InboxSort::Priority)},
    };
    auto add = [&](std::string name, InboxQuery q) { list.push_back({std::move(name), q}); };
    InboxQuery q = with(InboxView::All, InboxSort::LastActivity);
    q.channels = domain::channelBit(Channel::Email);
    add("All, channel e-mail", q);
    q.channels = domain::channelBit(Channel::Chat) | domain::channelBit(Channel::Voice);
    add("All, channels chat+voice", q);
    q.channels = domain::channelBit(Channel::Visit);
    add("All, channel visit", q);
    q = with(InboxView::All, InboxSort::LastActivity);
    q.statuses = store::statusBit(Status::New) | store::statusBit(Status::Open);
    add("All, status new+open", q);
    q.statuses = store::statusBit(Status::Pending);
    add("All, status pending", q);
    q.sort = InboxSort::SlaDue;
    q.statuses = store::statusBit(Status::New) | store::statusBit(Status::Open)
                 | store::statusBit(Status::Pending);
    add("All, active, sort SLA due", q);
    q = with(InboxView::All, InboxSort::LastActivity);
    q.priorities = store::priorityBit(Priority::Urgent) | store::priorityBit(Priority::High);
    add("All, priority urgent+high", q);
    q = with(InboxView::MyTeams, InboxSort::SlaDue);
    q.channels = domain::channelBit(Channel::Social);
    q.statuses = store::statusBit(Status::Open);
    add("My teams, social, open, sort SLA", q);
    q = with(InboxView::Mine, InboxSort::Priority);
    q.statuses = store::statusBit(Status::Resolved) | store::statusBit(Status::Closed);
    add("Mine, resolved+closed, sort priority", q);
    return list;
}

// Runs each query `rounds` times (first page); returns all timings, reports the slowest.
Samples timeQueries(store::CacheReader& reader, const std::vector<NamedQuery>& queries,
                    int rounds, std::string& slowest, double& slowestP95, bool& failed)
{
    std::vector<Samples> perQuery(queries.size());
    for (int round = 0; round < rounds; ++round) {
        for (std::size_t i = 0; i < queries.size(); ++i) {
            const auto start = Clock::now();
            const auto page = reader.inboxPage(queries[i].query, nullptr, kPage);
            perQuery[i].add(elapsedMs(start));
            if (!page) {
                std::fprintf(stderr, "%s failed: %s\n", queries[i].name.c_str(),
                             page.error().detail.c_str());
                failed = true;
            }
        }
    }
    Samples all;
    slowestP95 = -1;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        all.add(perQuery[i]);
        if (perQuery[i].p95() > slowestP95) {
            slowestP95 = perQuery[i].p95();
            slowest = queries[i].name;
        }
    }
    return all;
}

std::vector<NamedQuery> searchQueries(store::CacheReader& reader, const domain::Agent& me,
                                      bool selective)
{
    InboxQuery base;
    base.agentId = me.id;
    base.teamIds = me.teamIds;
    std::vector<NamedQuery> list;
    auto add = [&](const std::string& label, const std::string& text) {
        if (text.empty())
            return;
        InboxQuery q = base;
        q.search = text;
        list.push_back({label + " \"" + text + "\"", q});
    };
    if (selective) {
        add("surname", reader.meta("bench.surname").value_or(""));
        add("full name", reader.meta("bench.full_name").value_or(""));
        add("phrase", "zlozyc reklamacje");
        add("order number", reader.meta("bench.order").value_or(""));
        add("e-mail address", reader.meta("bench.email").value_or(""));
    } else {
        add("unselective", "dzień dobry");
        add("unselective", "zamówienie");
    }
    return list;
}

void reportSearches(store::CacheReader& reader, const std::vector<NamedQuery>& queries,
                    int rounds, const std::string& label, bool& failed)
{
    for (const auto& q : queries) {
        const auto page = reader.inboxPage(q.query, nullptr, kPage);
        const auto count = page ? page->size() : 0;
        BenchReport::info("  " + q.name, std::to_string(count) + " rows on page");
    }
    std::string slowest;
    double slowestP95 = 0;
    const Samples all = timeQueries(reader, queries, rounds, slowest, slowestP95, failed);
    BenchReport::info(label + " p50", BenchReport::ms(all.p50()));
    BenchReport::timeTarget(label + " p95", all.p95(), kSearchTarget);
    BenchReport::info("  slowest: " + slowest + " p95", BenchReport::ms(slowestP95));
    BenchReport::info("  max (includes first, cold runs)", BenchReport::ms(all.max()));
}

} // namespace

bool ReadBench::run(const std::filesystem::path& cache, int rounds)
{
    BenchReport::section("2. Open the cache and show the first inbox page (All, 100 rows)");
    const auto start = Clock::now();
    auto db = store::Database::open(cache, store::OpenMode::ExistingOnly);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", cache.string().c_str(),
                     db.error().detail.c_str());
        return false;
    }
    store::CacheReader reader(**db);
    const double openMs = elapsedMs(start);
    auto me = reader.agentByLogin(reader.meta("desk.agent_login").value_or(""));
    InboxQuery all;
    if (me) {
        all.agentId = me->id;
        all.teamIds = me->teamIds;
    }
    const auto pageStart = Clock::now();
    const auto page = reader.inboxPage(all, nullptr, kPage);
    const double pageMs = elapsedMs(pageStart);
    const double shownMs = elapsedMs(start);
    const auto rss = ProcessMemory::residentBytes();
    if (!me || !page) {
        std::fprintf(stderr, "the cache has no demo agent or no inbox\n");
        return false;
    }
    BenchReport::info("Database::open + CacheReader", BenchReport::ms(openMs));
    BenchReport::info("first page query (" + std::to_string(page->size()) + " rows)",
                      BenchReport::ms(pageMs));
    BenchReport::timeTarget("open + first page", shownMs, kFirstPageTarget);
    const auto countsStart = Clock::now();
    const auto counts = reader.viewCounts(all);
    const double countsMs = elapsedMs(countsStart);
    if (counts)
        BenchReport::info("view counts (Mine " + BenchReport::count(counts->mine) + ", All "
                              + BenchReport::count(counts->all) + ")",
                          BenchReport::ms(countsMs));

    bool failed = false;
    BenchReport::section("3. Switching views, filters and sorts (first page of 100, "
                         + std::to_string(rounds) + " rounds)");
    const auto queries = viewQueries(*me);
    std::string slowest;
    double slowestP95 = 0;
    const Samples views = timeQueries(reader, queries, rounds, slowest, slowestP95, failed);
    const std::string label = std::to_string(queries.size()) + " queries";
    BenchReport::info(label + ", p50", BenchReport::ms(views.p50()));
    BenchReport::timeTarget(label + ", p95", views.p95(), kViewTarget);
    BenchReport::info("  slowest: " + slowest + " p95", BenchReport::ms(slowestP95));
    BenchReport::info("  max (includes first, cold runs)", BenchReport::ms(views.max()));
    Samples countSamples;
    for (int round = 0; round < rounds; ++round) {
        const auto t = Clock::now();
        (void)reader.viewCounts(all);
        countSamples.add(elapsedMs(t));
    }
    BenchReport::info("view counts (all four), p95 (info)", BenchReport::ms(countSamples.p95()));

    BenchReport::section("4. Searches (All view, first page of 100, " + std::to_string(rounds)
                         + " rounds)");
    reportSearches(reader, searchQueries(reader, *me, true), rounds, "selective searches",
                   failed);
    // Interleaved, so each run fills the search afresh (the store reuses the hits of an
    // unchanged search, which is what paging does, not what typing does).
    const auto unselective = searchQueries(reader, *me, false);
    std::string slowestUnselective;
    double slowestUnselectiveP95 = 0;
    const Samples broad = timeQueries(reader, unselective, rounds, slowestUnselective,
                                      slowestUnselectiveP95, failed);
    for (const auto& q : unselective) {
        const auto page = reader.inboxPage(q.query, nullptr, kPage);
        BenchReport::info("  " + q.name, std::to_string(page ? page->size() : 0)
                                             + " rows on page");
    }
    BenchReport::info("unselective searches p50 (info)", BenchReport::ms(broad.p50()));
    BenchReport::info("unselective searches p95 (info)", BenchReport::ms(broad.p95()));
    BenchReport::info("  slowest: " + slowestUnselective + " p95",
                      BenchReport::ms(slowestUnselectiveP95));

    BenchReport::section("5. Open a 1,000-message conversation");
    const auto longThread = reader.meta("bench.long_thread").value_or("");
    Samples thread;
    std::size_t loaded = 0;
    for (int round = 0; round < rounds; ++round) {
        const auto t = Clock::now();
        const auto messages = reader.messages(longThread);
        thread.add(elapsedMs(t));
        loaded = messages ? messages->size() : 0;
    }
    BenchReport::info("messages loaded", std::to_string(loaded));
    BenchReport::timeTarget("thread p95", thread.p95(), kThreadTarget);
    BenchReport::info("thread p50", BenchReport::ms(thread.p50()));

    BenchReport::section("6. Memory");
    BenchReport::bytesTarget("RSS after open + first inbox page", rss, kRssTarget);
    BenchReport::info("RSS at the end of the read benchmark",
                      BenchReport::megabytes(ProcessMemory::residentBytes()));
    BenchReport::note("Measured in a fresh process that opened the cache through the store "
                      "only (the desk's own figure is in 7);");
    BenchReport::note("the operating system's file cache is warm: the cache was just "
                      "written.");
    return !failed && loaded > 0;
}

} // namespace concord::bench
