#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {
struct Session;
}

namespace ui::membership {

// The owner's membership rules on one page (issue 7, "Tiers and membership" and "Wallet
// rules"): the tiers (add, edit, remove one nobody holds), and the stored-value rules the
// counter follows: the top-up bonus rules (1000.00 → +100.00), the order a payment takes
// principal and bonus in, and what refunding a top-up does with its bonus. Everything is saved
// through the core, which refuses what is wrong.
class MembershipPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MembershipPage(Session &session, QWidget *parent = nullptr);

    void reload();
    // The stored-value rules as the widgets say: saved through ChainStore; false and the
    // refusal shown when it fails.
    bool saveRules();
    QTableWidget *tierTable() const { return m_tiers; }
    QTableWidget *bonusTable() const { return m_bonus; }

signals:
    // The chain's settings changed (the pages that read them are built anew).
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void editTier(bool create);
    void removeTier();
    void revertRules();
    void retranslate();

    Session &m_session;
    QLabel *m_tiersHeading;
    QTableWidget *m_tiers;
    QPushButton *m_newTier;
    QPushButton *m_editTier;
    QPushButton *m_removeTier;
    QLabel *m_tierError;
    QLabel *m_rulesHeading;
    QTableWidget *m_bonus;
    QPushButton *m_addBonus;
    QPushButton *m_removeBonus;
    QLabel *m_orderLabel;
    QComboBox *m_order;
    QLabel *m_refundLabel;
    QComboBox *m_refund;
    QLabel *m_rulesError;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace ui::membership
