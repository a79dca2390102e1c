#pragma once

#include "core/people/person.h"
#include "ui/shell/chainformat.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace ui {
struct Session;
}

namespace ui::members {

class ClaimTableModel;
class ConsentTableModel;
class LedgerTableModel;
class MemberProfileForm;
class QrCodeView;
class ReviewTableModel;
class VisitTableModel;

// A member's page (issue 4, "Members"): who they are (name, phone, member code, tier, home
// branch, balance with principal and bonus apart), the member code's QR code for cardless
// payment, and tabs for the profile (editable within the actor's scope), consents, the wallet
// ledger, visits, coupon claims and reviews. Everything is read through the core services with
// the signed-in actor, so a person outside their scope shows the core's refusal and nothing
// else.
class MemberDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Tab { ProfileTab, ConsentsTab, WalletTab, VisitsTab, CouponsTab, ReviewsTab };
    // The latest ledger entries and visits shown.
    static constexpr int HistoryLimit = 500;

    MemberDialog(Session &session, qint64 personId, QWidget *parent = nullptr);

    // Reads everything again; false (and the refusal shown) when the person cannot be opened.
    bool reload();
    bool isLoaded() const { return m_loaded; }
    const core::people::Person &person() const { return m_person; }
    // Writes the QR code as a PNG; false with the reason shown when it could not.
    bool saveQrCode(const QString &path);

    QLabel *errorLabel() const { return m_error; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *balanceLabel() const { return m_balance; }
    QTabWidget *tabs() const { return m_tabs; }
    MemberProfileForm *profileForm() const { return m_profile; }
    QrCodeView *qrView() const { return m_qr; }
    ConsentTableModel *consentModel() const { return m_consents; }
    LedgerTableModel *ledgerModel() const { return m_ledger; }
    VisitTableModel *visitModel() const { return m_visits; }
    ClaimTableModel *claimModel() const { return m_claims; }
    ReviewTableModel *reviewModel() const { return m_reviews; }

signals:
    // The profile or consents were saved (the member list may show them).
    void saved(qint64 personId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void chooseQrFile();
    void showRefusal(const QString &message);
    // The tabs and the QR code: hidden while the person cannot be shown.
    void setHistoryVisible(bool visible);
    void showHeader();
    void retranslate();

    Session &m_session;
    qint64 m_personId;
    ChainFormat m_format;
    core::people::Person m_person;
    QString m_tierName;
    QString m_homeBranch;
    qint64 m_principal = 0;
    qint64 m_bonus = 0;
    bool m_loaded = false;
    QLabel *m_header;
    QLabel *m_balance;
    QLabel *m_error;
    QLabel *m_code;
    QrCodeView *m_qr;
    QPushButton *m_saveQr;
    QTabWidget *m_tabs;
    MemberProfileForm *m_profile;
    ConsentTableModel *m_consents;
    LedgerTableModel *m_ledger;
    VisitTableModel *m_visits;
    ClaimTableModel *m_claims;
    ReviewTableModel *m_reviews;
};

} // namespace ui::members
