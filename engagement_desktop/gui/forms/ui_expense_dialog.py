# Generated from forms/expense_dialog.ui (sha256 79475e092b16aacc7975d3e7b162946ee4ec4500732d6f3935ce0adfb18ff39c) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expense_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExpenseDialog(object):
    def setupUi(self, ExpenseDialog):
        if not ExpenseDialog.objectName():
            ExpenseDialog.setObjectName(u"ExpenseDialog")
        ExpenseDialog.resize(520, 480)
        self.expenseLayout = QVBoxLayout(ExpenseDialog)
        self.expenseLayout.setObjectName(u"expenseLayout")
        self.errorBanner = QLabel(ExpenseDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setWordWrap(True)

        self.expenseLayout.addWidget(self.errorBanner)

        self.expenseForm = QFormLayout()
        self.expenseForm.setObjectName(u"expenseForm")
        self.personCaption = QLabel(ExpenseDialog)
        self.personCaption.setObjectName(u"personCaption")

        self.expenseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personCaption)

        self.personLayout = QHBoxLayout()
        self.personLayout.setObjectName(u"personLayout")
        self.personLabel = QLabel(ExpenseDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.personLayout.addWidget(self.personLabel)

        self.choosePersonButton = QPushButton(ExpenseDialog)
        self.choosePersonButton.setObjectName(u"choosePersonButton")

        self.personLayout.addWidget(self.choosePersonButton)

        self.personSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personLayout.addItem(self.personSpacer)


        self.expenseForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.personLayout)

        self.eventComboLabel = QLabel(ExpenseDialog)
        self.eventComboLabel.setObjectName(u"eventComboLabel")

        self.expenseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.eventComboLabel)

        self.eventCombo = QComboBox(ExpenseDialog)
        self.eventCombo.setObjectName(u"eventCombo")

        self.expenseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.eventCombo)

        self.categoryComboLabel = QLabel(ExpenseDialog)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.expenseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryComboLabel)

        self.categoryCombo = QComboBox(ExpenseDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.expenseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.amountEditLabel = QLabel(ExpenseDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.expenseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = QLineEdit(ExpenseDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.expenseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.receiptCheck = QCheckBox(ExpenseDialog)
        self.receiptCheck.setObjectName(u"receiptCheck")

        self.expenseForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.receiptCheck)

        self.statusComboLabel = QLabel(ExpenseDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.expenseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(ExpenseDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.expenseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.claimedDateLabel = QLabel(ExpenseDialog)
        self.claimedDateLabel.setObjectName(u"claimedDateLabel")

        self.expenseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.claimedDateLabel)

        self.claimedDate = QDateEdit(ExpenseDialog)
        self.claimedDate.setObjectName(u"claimedDate")
        self.claimedDate.setCalendarPopup(True)

        self.expenseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.claimedDate)

        self.paidDateLabel = QLabel(ExpenseDialog)
        self.paidDateLabel.setObjectName(u"paidDateLabel")

        self.expenseForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.paidDateLabel)

        self.paidDate = QDateEdit(ExpenseDialog)
        self.paidDate.setObjectName(u"paidDate")
        self.paidDate.setCalendarPopup(True)

        self.expenseForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.paidDate)

        self.notesEditLabel = QLabel(ExpenseDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.expenseForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(ExpenseDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.expenseForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.expenseLayout.addLayout(self.expenseForm)

        self.buttonBox = QDialogButtonBox(ExpenseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.expenseLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.eventComboLabel.setBuddy(self.eventCombo)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.claimedDateLabel.setBuddy(self.claimedDate)
        self.paidDateLabel.setBuddy(self.paidDate)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExpenseDialog)

        QMetaObject.connectSlotsByName(ExpenseDialog)
    # setupUi

    def retranslateUi(self, ExpenseDialog):
        ExpenseDialog.setWindowTitle(QCoreApplication.translate("ExpenseDialog", u"Expense claim", None))
        self.errorBanner.setText("")
#if QT_CONFIG(accessibility)
        self.errorBanner.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
        self.personCaption.setText(QCoreApplication.translate("ExpenseDialog", u"Person:", None))
        self.personLabel.setText("")
#if QT_CONFIG(accessibility)
        self.personLabel.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Who claimed", None))
#endif // QT_CONFIG(accessibility)
        self.choosePersonButton.setText(QCoreApplication.translate("ExpenseDialog", u"&Choose\u2026", None))
        self.eventComboLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Event:", None))
#if QT_CONFIG(accessibility)
        self.eventCombo.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Event", None))
#endif // QT_CONFIG(accessibility)
        self.categoryComboLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"What the claim is for", None))
#endif // QT_CONFIG(accessibility)
        self.amountEditLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Amount:", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Amount in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("ExpenseDialog", u"e.g. 12.50", None))
        self.receiptCheck.setText(QCoreApplication.translate("ExpenseDialog", u"&Receipt seen", None))
        self.statusComboLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.claimedDateLabel.setText(QCoreApplication.translate("ExpenseDialog", u"C&laimed on:", None))
        self.claimedDate.setDisplayFormat(QCoreApplication.translate("ExpenseDialog", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.claimedDate.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Claimed on", None))
#endif // QT_CONFIG(accessibility)
        self.paidDateLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Paid on:", None))
        self.paidDate.setDisplayFormat(QCoreApplication.translate("ExpenseDialog", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.paidDate.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Paid on", None))
#endif // QT_CONFIG(accessibility)
        self.notesEditLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

