// concord-desk-probe: opens the real desk (session, main window, panes) offscreen on a cache
// and prints what an agent waits for and what the desk costs in memory. concord-bench runs it
// in a fresh process after its own read phase, so the figures are a newly started desk's.
//
//   concord-desk-probe CACHE [ROUNDS]      (always on the offscreen platform)

#include "BenchReport.h"
#include "ProcessMemory.h"
#include "Samples.h"
#include "conversation/ConversationPane.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "session/DeskSession.h"
#include "shell/MainWindow.h"
#include "store/CacheReader.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QListView>

#include <optional>

#include <cstdio>
#include <functional>

using namespace concord;
using bench::BenchReport;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kFirstPageTarget = 100;
constexpr double kThreadTarget = 100;
constexpr std::int64_t kRssTarget = 200LL * 1024 * 1024;

// The offscreen platform warns about what it cannot do (size hints, runtime folder); the
// report should hold figures only.
void keepOnlyCritical(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Notes when a widget first paints, so "shown" means drawn on screen, not merely loaded.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget* widget) { widget->installEventFilter(this); }
    std::optional<Clock::time_point> at;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !at)
            at = Clock::now();
        return false;
    }
};

// Runs the event loop until `done` holds, so layout and painting have really happened.
bool settle(const std::function<bool()>& done)
{
    QDeadlineTimer deadline(10'000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCoreApplication::processEvents(); // the paint that follows the last change
    return done();
}

bench::Samples timeThreadOpen(ui::ConversationPane& pane, const QString& id, int rounds)
{
    bench::Samples samples;
    for (int round = 0; round < rounds; ++round) {
        pane.clear();
        QCoreApplication::processEvents();
        const auto start = Clock::now();
        pane.showConversation(id);
        settle([&] { return pane.conversationId() == id; });
        samples.add(bench::elapsedMs(start));
    }
    return samples;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fputs("usage: concord-desk-probe CACHE [ROUNDS]\n", stderr);
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen"); // no screen needed, and none disturbed
    qInstallMessageHandler(keepOnlyCritical);
    QApplication app(argc, argv);
    // Its own settings, so the probe neither reads nor overwrites an agent's window layout.
    QCoreApplication::setOrganizationName(QStringLiteral("concord-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("concord-desk-probe"));
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;

    BenchReport::section("7. The desk itself (offscreen, fresh process)");
    const auto start = Clock::now();
    auto session = ui::DeskSession::open(std::filesystem::path(argv[1]));
    if (!session) {
        std::fprintf(stderr, "cannot open %s: %s\n", argv[1], session.error().detail.c_str());
        return 1;
    }
    const double openMs = bench::elapsedMs(start);
    ui::MainWindow window(**session);
    const double builtMs = bench::elapsedMs(start);
    auto* inbox = window.inboxPane();
    auto* list = inbox->findChild<QListView*>();
    if (!list) {
        std::fputs("the inbox has no list view\n", stderr);
        return 1;
    }
    FirstPaint listPainted(list->viewport());
    window.resize(1400, 900);
    window.show();
    const bool shown = settle([&] { return listPainted.at && inbox->model()->rowCount() > 0; });
    const double firstPageMs = shown ? std::chrono::duration<double, std::milli>(
                                           *listPainted.at - start).count()
                                     : 0;
    if (!shown) {
        std::fputs("the inbox stayed empty\n", stderr);
        return 1;
    }
    BenchReport::info("DeskSession::open", BenchReport::ms(openMs));
    BenchReport::info("  + main window and panes built", BenchReport::ms(builtMs));
    BenchReport::timeTarget("open + first inbox page painted", firstPageMs,
                            kFirstPageTarget);
    BenchReport::info("rows in the inbox model", std::to_string(inbox->model()->rowCount()));
    BenchReport::bytesTarget("RSS after the inbox is shown", bench::ProcessMemory::residentBytes(),
                             kRssTarget);

    const auto longThread = (*session)->reader().meta("bench.long_thread");
    if (longThread && !longThread->empty()) {
        const bench::Samples thread = timeThreadOpen(*window.conversationPane(),
                                              QString::fromStdString(*longThread), rounds);
        BenchReport::timeTarget("1,000-message thread shown, p95", thread.p95(), kThreadTarget);
        BenchReport::info("1,000-message thread shown, p50", BenchReport::ms(thread.p50()));
    }
    BenchReport::info("RSS after the long thread is shown",
                      BenchReport::megabytes(bench::ProcessMemory::residentBytes()));
    BenchReport::note("The real MainWindow with its three panes, on the offscreen platform;");
    BenchReport::note("times include building the widgets, layout and the first paint.");
    return 0; // a missed target is printed as MISS, like the other phases
}
