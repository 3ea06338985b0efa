#pragma once
// Colour that means something: status, priority and SLA badges. Chosen to stay readable on
// both the system's light and dark palettes (pass the palette in use).

#include "domain/Conversation.h"

#include <QColor>
#include <QPalette>

namespace concord::ui {

enum class SlaState { None, Ok, DueSoon, Breached };

QColor statusColor(domain::Status status, const QPalette& palette);
QColor priorityColor(domain::Priority priority, const QPalette& palette);
QColor slaColor(SlaState state, const QPalette& palette);
bool isDark(const QPalette& palette);

} // namespace concord::ui
