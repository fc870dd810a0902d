# Generated from forms/fund_application_dialog.ui (sha256 701a567de79e0d8ce33c3a289aa89c345f2b93aed8431ff23162761856dbdede) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_application_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from engagement_desktop.gui.training.person_picker import PersonPicker

class Ui_FundApplicationDialog(object):
    def setupUi(self, FundApplicationDialog):
        if not FundApplicationDialog.objectName():
            FundApplicationDialog.setObjectName(u"FundApplicationDialog")
        FundApplicationDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(FundApplicationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.applicantEditLabel = QLabel(FundApplicationDialog)
        self.applicantEditLabel.setObjectName(u"applicantEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicantEditLabel)

        self.applicantEdit = QLineEdit(FundApplicationDialog)
        self.applicantEdit.setObjectName(u"applicantEdit")
        self.applicantEdit.setMaxLength(160)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicantEdit)

        self.applicantError = QLabel(FundApplicationDialog)
        self.applicantError.setObjectName(u"applicantError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicantError)

        self.contactEditLabel = QLabel(FundApplicationDialog)
        self.contactEditLabel.setObjectName(u"contactEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactEditLabel)

        self.contactEdit = PersonPicker(FundApplicationDialog)
        self.contactEdit.setObjectName(u"contactEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.contactError = QLabel(FundApplicationDialog)
        self.contactError.setObjectName(u"contactError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactError)

        self.projectEditLabel = QLabel(FundApplicationDialog)
        self.projectEditLabel.setObjectName(u"projectEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.projectEditLabel)

        self.projectEdit = QLineEdit(FundApplicationDialog)
        self.projectEdit.setObjectName(u"projectEdit")
        self.projectEdit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.projectEdit)

        self.projectError = QLabel(FundApplicationDialog)
        self.projectError.setObjectName(u"projectError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.projectError)

        self.summaryEditLabel = QLabel(FundApplicationDialog)
        self.summaryEditLabel.setObjectName(u"summaryEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summaryEditLabel)

        self.summaryEdit = QPlainTextEdit(FundApplicationDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.requestedSpinLabel = QLabel(FundApplicationDialog)
        self.requestedSpinLabel.setObjectName(u"requestedSpinLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.requestedSpinLabel)

        self.requestedSpin = QDoubleSpinBox(FundApplicationDialog)
        self.requestedSpin.setObjectName(u"requestedSpin")
        self.requestedSpin.setGroupSeparatorShown(True)
        self.requestedSpin.setMaximum(9999999.990000000223517)
        self.requestedSpin.setDecimals(2)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requestedSpin)

        self.requestedError = QLabel(FundApplicationDialog)
        self.requestedError.setObjectName(u"requestedError")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.requestedError)

        self.matchSpinLabel = QLabel(FundApplicationDialog)
        self.matchSpinLabel.setObjectName(u"matchSpinLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.matchSpinLabel)

        self.matchSpin = QDoubleSpinBox(FundApplicationDialog)
        self.matchSpin.setObjectName(u"matchSpin")
        self.matchSpin.setGroupSeparatorShown(True)
        self.matchSpin.setMaximum(9999999.990000000223517)
        self.matchSpin.setDecimals(2)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.matchSpin)

        self.matchError = QLabel(FundApplicationDialog)
        self.matchError.setObjectName(u"matchError")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.matchError)

        self.receivedDateLabel = QLabel(FundApplicationDialog)
        self.receivedDateLabel.setObjectName(u"receivedDateLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.receivedDateLabel)

        self.receivedDate = QDateEdit(FundApplicationDialog)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setCalendarPopup(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.receivedDate)

        self.receivedError = QLabel(FundApplicationDialog)
        self.receivedError.setObjectName(u"receivedError")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.receivedError)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(FundApplicationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FundApplicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.applicantEditLabel.setBuddy(self.applicantEdit)
        self.contactEditLabel.setBuddy(self.contactEdit)
        self.projectEditLabel.setBuddy(self.projectEdit)
        self.summaryEditLabel.setBuddy(self.summaryEdit)
        self.requestedSpinLabel.setBuddy(self.requestedSpin)
        self.matchSpinLabel.setBuddy(self.matchSpin)
        self.receivedDateLabel.setBuddy(self.receivedDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.applicantEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.projectEdit)
        QWidget.setTabOrder(self.projectEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.requestedSpin)
        QWidget.setTabOrder(self.requestedSpin, self.matchSpin)
        QWidget.setTabOrder(self.matchSpin, self.receivedDate)

        self.retranslateUi(FundApplicationDialog)

        QMetaObject.connectSlotsByName(FundApplicationDialog)
    # setupUi

    def retranslateUi(self, FundApplicationDialog):
        FundApplicationDialog.setWindowTitle(QCoreApplication.translate("FundApplicationDialog", u"New application", None))
        self.applicantEditLabel.setText(QCoreApplication.translate("FundApplicationDialog", u"&Group applying:", None))
#if QT_CONFIG(accessibility)
        self.applicantEdit.setAccessibleName(QCoreApplication.translate("FundApplicationDialog", u"Group or club applying", None))
#endif // QT_CONFIG(accessibility)
        self.applicantError.setText("")
        self.contactEditLabel.setText(QCoreApplication.translate("FundApplicationDialog", u"&Contact:", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("FundApplicationDialog", u"Contact person for the group (type a name)", None))
#endif // QT_CONFIG(accessibility)
        self.contactError.setText("")
        self.projectEditLabel.setText(QCoreApplication.translate("FundApplicationDialog", u"&Project:", None))
#if QT_CONFIG(accessibility)
        self.projectEdit.setAccessibleName(QCoreApplication.translate("FundApplicationDialog", u"Project the money is for", None))
#endif // QT_CONFIG(accessibility)
        self.projectError.setText("")
        self.summaryEditLabel.setText(QCoreApplication.translate("FundApplicationDialog", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("FundApplicationDialog", u"Summary of the application", None))
#endif // QT_CONFIG(accessibility)
        self.requestedSpinLabel.setText(QCoreApplication.translate("FundApplicationDialog", u"&Asked for:", None))
#if QT_CONFIG(accessibility)
        self.requestedSpin.setAccessibleName(QCoreApplication.translate("FundApplicationDialog", u"Amount asked for in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.requestedSpin.setPrefix(QCoreApplication.translate("FundApplicationDialog", u"\u00a3", None))
        self.requestedError.setText("")
        self.matchSpinLabel.setText(QCoreApplication.translate("FundApplicationDialog", u"&Match funding:", None))
#if QT_CONFIG(accessibility)
        self.matchSpin.setAccessibleName(QCoreApplication.translate("FundApplicationDialog", u"Match funding from elsewhere in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.matchSpin.setPrefix(QCoreApplication.translate("FundApplicationDialog", u"\u00a3", None))
        self.matchError.setText("")
        self.receivedDateLabel.setText(QCoreApplication.translate("FundApplicationDialog", u"&Received:", None))
#if QT_CONFIG(accessibility)
        self.receivedDate.setAccessibleName(QCoreApplication.translate("FundApplicationDialog", u"Date the application was received", None))
#endif // QT_CONFIG(accessibility)
        self.receivedDate.setDisplayFormat(QCoreApplication.translate("FundApplicationDialog", u"dd/MM/yyyy", None))
        self.receivedError.setText("")
        self.formError.setText("")
    # retranslateUi

