#pragma once
// Who the customer is: name, how to address them, preferred language, customer since, notes,
// and every identity they have reached us from (the primary one marked).

#include "domain/Customer.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace concord::ui {

class CustomerProfileView : public QWidget {
    Q_OBJECT
public:
    explicit CustomerProfileView(QWidget* parent = nullptr);

    void setCustomer(const domain::Customer& customer);

private:
    void clearIdentities();
    void addIdentity(int row, const domain::Identity& identity);

    QLabel* m_name = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_identitiesTitle = nullptr;
    QGridLayout* m_identities = nullptr;
};

} // namespace concord::ui
