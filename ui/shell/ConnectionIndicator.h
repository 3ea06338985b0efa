#pragma once
// The status bar's word on the hub link: a coloured dot with Online, Connecting… or Offline,
// and how many of the agent's writes are still waiting to be sent.

#include "session/SyncStatus.h"

#include <QWidget>

class QLabel;

namespace concord::ui {

class ConnectionIndicator : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget* parent = nullptr);
    void setStatus(const SyncStatus& status);
    SyncStatus status() const { return m_status; }

protected:
    void changeEvent(QEvent* event) override; // the dot follows palette changes

private:
    void refresh();

    SyncStatus m_status;
    QLabel* m_dot = nullptr;
    QLabel* m_link = nullptr;
    QLabel* m_pending = nullptr;
};

} // namespace concord::ui
