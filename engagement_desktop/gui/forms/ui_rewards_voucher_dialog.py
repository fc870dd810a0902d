# Generated from forms/rewards_voucher_dialog.ui (sha256 7af60e324e8a294f26ab0f560d40e9ff0aec77003e40e68eb2ae6e29a2231508) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rewards_voucher_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_VoucherDialog(object):
    def setupUi(self, VoucherDialog):
        if not VoucherDialog.objectName():
            VoucherDialog.setObjectName(u"VoucherDialog")
        VoucherDialog.resize(460, 280)
        self.dialogLayout = QVBoxLayout(VoucherDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.whoLabel = QLabel(VoucherDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.whoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.providerLabel = QLabel(VoucherDialog)
        self.providerLabel.setObjectName(u"providerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.providerEdit = QLineEdit(VoucherDialog)
        self.providerEdit.setObjectName(u"providerEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.providerEdit)

        self.providerError = QLabel(VoucherDialog)
        self.providerError.setObjectName(u"providerError")
        self.providerError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.providerError)

        self.serialLabel = QLabel(VoucherDialog)
        self.serialLabel.setObjectName(u"serialLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serialLabel)

        self.serialEdit = QLineEdit(VoucherDialog)
        self.serialEdit.setObjectName(u"serialEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serialEdit)

        self.serialError = QLabel(VoucherDialog)
        self.serialError.setObjectName(u"serialError")
        self.serialError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serialError)

        self.handedCheck = QCheckBox(VoucherDialog)
        self.handedCheck.setObjectName(u"handedCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handedCheck)

        self.handedDate = QDateEdit(VoucherDialog)
        self.handedDate.setObjectName(u"handedDate")
        self.handedDate.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handedDate)

        self.handedError = QLabel(VoucherDialog)
        self.handedError.setObjectName(u"handedError")
        self.handedError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.handedError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(VoucherDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(VoucherDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.providerLabel.setBuddy(self.providerEdit)
        self.serialLabel.setBuddy(self.serialEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.providerEdit, self.serialEdit)
        QWidget.setTabOrder(self.serialEdit, self.handedCheck)
        QWidget.setTabOrder(self.handedCheck, self.handedDate)
        QWidget.setTabOrder(self.handedDate, self.buttonBox)

        self.retranslateUi(VoucherDialog)

        QMetaObject.connectSlotsByName(VoucherDialog)
    # setupUi

    def retranslateUi(self, VoucherDialog):
        VoucherDialog.setWindowTitle(QCoreApplication.translate("VoucherDialog", u"Record serial and hand-over", None))
        self.whoLabel.setText("")
#if QT_CONFIG(accessibility)
        self.whoLabel.setAccessibleName(QCoreApplication.translate("VoucherDialog", u"The voucher", None))
#endif // QT_CONFIG(accessibility)
        self.providerLabel.setText(QCoreApplication.translate("VoucherDialog", u"&Provider or charity:", None))
#if QT_CONFIG(accessibility)
        self.providerEdit.setAccessibleName(QCoreApplication.translate("VoucherDialog", u"Provider or charity", None))
#endif // QT_CONFIG(accessibility)
        self.providerError.setText("")
        self.serialLabel.setText(QCoreApplication.translate("VoucherDialog", u"&Serial number:", None))
#if QT_CONFIG(accessibility)
        self.serialEdit.setAccessibleName(QCoreApplication.translate("VoucherDialog", u"Serial number", None))
#endif // QT_CONFIG(accessibility)
        self.serialError.setText("")
        self.handedCheck.setText(QCoreApplication.translate("VoucherDialog", u"&Handed over on:", None))
#if QT_CONFIG(accessibility)
        self.handedCheck.setAccessibleName(QCoreApplication.translate("VoucherDialog", u"Handed over", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.handedDate.setAccessibleName(QCoreApplication.translate("VoucherDialog", u"Date handed over", None))
#endif // QT_CONFIG(accessibility)
        self.handedDate.setDisplayFormat(QCoreApplication.translate("VoucherDialog", u"d MMM yyyy", None))
        self.handedError.setText("")
        self.formError.setText("")
    # retranslateUi

