#pragma once

#include "core/counter/countertypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ui {
struct Session;
}

namespace ui::counter {

// The counter (issue 7): what a cashier touches fifty times a day. Keyboard first: type a
// phone, its last four digits or a member code (a scanner types the member's QR code and
// Enter) in the search field and press Enter; pick from the matches with the arrows and
// Enter; type the bill and press Enter to pay from the balance (the confirmation shows the
// tier discount, the coupon and the total; Enter confirms, Esc cancels; a bill above
// core::counter::CounterService::LargeAmount must be confirmed with Yes explicitly). Focus
// returns to the search field after each sale, with the card showing the new balance and the
// receipt ready to print or save as PDF. Cash and card bills and top-ups have their buttons;
// refunds and voids are offered to managers and the owner only (the core refuses cashiers).
// Every operation is one short transaction in core::counter::CounterService, run on the UI
// thread (single rows, well under 20 ms).
class CounterPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CounterPage(Session &session, QWidget *parent = nullptr);

    // The commands behind the keys and buttons (public for tests).
    void search();
    void choose(qint64 personId);
    bool payFromBalance();
    bool recordBill(core::counter::Tender tender);
    bool topUp();
    void refundOrVoid();
    void clearPerson();
    // The last sale's receipt as a PDF at `path`; false when there is none or it cannot be
    // written.
    bool saveReceiptPdf(const QString &path);
    void printReceipt();

    qint64 personId() const { return m_card ? m_card->person.id : 0; }
    qint64 branchId() const;

signals:
    // A sale, top-up, refund or void was written.
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void reloadCard();
    void showCard();
    void updateQuote();
    void showError(const QString &message);
    void showDone(const QString &message);
    std::optional<qint64> typedAmount(bool quiet);
    QString selectedClaim() const;
    void afterSale(const core::counter::Sale &sale);
    void saveReceiptAs();

    Session &m_session;
    std::optional<core::counter::Card> m_card;
    std::optional<core::counter::Sale> m_lastSale;
    QString m_receiptNo; // the sale being entered: its idempotency key
    QString m_topUpKey; // the top-up being entered: its idempotency key
    QLabel *m_heading;
    QLabel *m_branchLabel;
    QComboBox *m_branch;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QListWidget *m_matches;
    QLabel *m_name;
    QLabel *m_tier;
    QLabel *m_balance;
    QLabel *m_couponLabel;
    QComboBox *m_coupon;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QLabel *m_quote;
    QPushButton *m_pay;
    QPushButton *m_cash;
    QPushButton *m_cardBill;
    QPushButton *m_topUp;
    QPushButton *m_refund;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QLabel *m_message;
};

} // namespace ui::counter
