#include "Colors.h"

namespace concord::ui {

using namespace concord::domain;

namespace {

// Each meaning has one hue in two tones: a deeper one that keeps contrast on light windows and
// a lighter one for dark windows. Restrained on purpose, so red and amber still stand out.
struct Tones {
    QRgb light;
    QRgb dark;
};

QColor pick(const Tones& tones, const QPalette& palette)
{
    return QColor::fromRgb(isDark(palette) ? tones.dark : tones.light);
}

constexpr Tones kBlue{0x2563c9, 0x6ea8ff};
constexpr Tones kTeal{0x0f7f74, 0x4fd1c0};
constexpr Tones kAmber{0xa86100, 0xf0b44c};
constexpr Tones kGreen{0x2e7d32, 0x7bcf7f};
constexpr Tones kGrey{0x687280, 0x9aa3ae};
constexpr Tones kSlate{0x4b6584, 0xa9b8cc};
constexpr Tones kOrange{0xc2560c, 0xff9a57};
constexpr Tones kRed{0xc62828, 0xff7b72};

} // namespace

bool isDark(const QPalette& palette)
{
    // Compare the window with its text rather than trusting a fixed threshold: some themes
    // use mid greys, and what matters is which side the text is on.
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

QColor statusColor(Status status, const QPalette& palette)
{
    switch (status) {
    case Status::New: return pick(kBlue, palette);
    case Status::Open: return pick(kTeal, palette);
    case Status::Pending: return pick(kAmber, palette);
    case Status::Resolved: return pick(kGreen, palette);
    case Status::Closed: return pick(kGrey, palette);
    }
    return pick(kGrey, palette);
}

QColor priorityColor(Priority priority, const QPalette& palette)
{
    switch (priority) {
    case Priority::Low: return pick(kGrey, palette);
    case Priority::Normal: return pick(kSlate, palette);
    case Priority::High: return pick(kOrange, palette);
    case Priority::Urgent: return pick(kRed, palette);
    }
    return pick(kSlate, palette);
}

QColor slaColor(SlaState state, const QPalette& palette)
{
    switch (state) {
    case SlaState::None: return palette.color(QPalette::PlaceholderText);
    case SlaState::Ok: return pick(kGreen, palette);
    case SlaState::DueSoon: return pick(kAmber, palette);
    case SlaState::Breached: return pick(kRed, palette);
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace concord::ui
