#pragma once

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace core::branches {
struct Branch;
}

namespace ui {
struct Session;
}

namespace ui::reviews {

// Records a review a guest gave at the counter or on paper: the bill (branch and receipt
// number), the guest's phone, a rating and a text. The core decides whether it may be written
// (only that visit's person, once, within the chain's review days) and its refusal shows here.
class ReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(Session &session, const QVector<core::branches::Branch> &branches,
                 QWidget *parent = nullptr);

    qint64 reviewId() const { return m_reviewId; }

private:
    void save();

    Session &m_session;
    QComboBox *m_branch;
    QLineEdit *m_receipt;
    QLineEdit *m_phone;
    QSpinBox *m_rating;
    QPlainTextEdit *m_text;
    QLabel *m_error;
    qint64 m_reviewId = 0;
};

} // namespace ui::reviews
