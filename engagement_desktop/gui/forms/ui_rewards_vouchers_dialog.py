# Generated from forms/rewards_vouchers_dialog.ui (sha256 8a8554c9f9d8f59749b128b1555d41bf756f7fc32aedcb629a7092ddd1df42ef) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rewards_vouchers_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_VouchersDialog(object):
    def setupUi(self, VouchersDialog):
        if not VouchersDialog.objectName():
            VouchersDialog.setObjectName(u"VouchersDialog")
        VouchersDialog.resize(900, 560)
        self.dialogLayout = QVBoxLayout(VouchersDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(8)
        self.topLayout.setObjectName(u"topLayout")
        self.yearLabel = QLabel(VouchersDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(VouchersDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.topLayout.addWidget(self.yearCombo)

        self.outstandingCheck = QCheckBox(VouchersDialog)
        self.outstandingCheck.setObjectName(u"outstandingCheck")

        self.topLayout.addWidget(self.outstandingCheck)

        self.topSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.countLabel = QLabel(VouchersDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.topLayout.addWidget(self.countLabel)


        self.dialogLayout.addLayout(self.topLayout)

        self.payoutTable = QTableView(VouchersDialog)
        self.payoutTable.setObjectName(u"payoutTable")
        self.payoutTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payoutTable.setTabKeyNavigation(False)
        self.payoutTable.setAlternatingRowColors(True)
        self.payoutTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.payoutTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payoutTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.payoutTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.payoutTable.setShowGrid(False)
        self.payoutTable.setWordWrap(False)
        self.payoutTable.setCornerButtonEnabled(False)
        self.payoutTable.horizontalHeader().setHighlightSections(False)
        self.payoutTable.horizontalHeader().setStretchLastSection(True)
        self.payoutTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.payoutTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(8)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.recordButton = QPushButton(VouchersDialog)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.recordButton)

        self.bottomSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(VouchersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.outstandingCheck)
        QWidget.setTabOrder(self.outstandingCheck, self.payoutTable)
        QWidget.setTabOrder(self.payoutTable, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.buttonBox)

        self.retranslateUi(VouchersDialog)
        self.buttonBox.rejected.connect(VouchersDialog.reject)

        QMetaObject.connectSlotsByName(VouchersDialog)
    # setupUi

    def retranslateUi(self, VouchersDialog):
        VouchersDialog.setWindowTitle(QCoreApplication.translate("VouchersDialog", u"Vouchers issued", None))
        self.yearLabel.setText(QCoreApplication.translate("VouchersDialog", u"Scheme &year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("VouchersDialog", u"Scheme year", None))
#endif // QT_CONFIG(accessibility)
        self.outstandingCheck.setText(QCoreApplication.translate("VouchersDialog", u"Only those &not handed over yet", None))
#if QT_CONFIG(accessibility)
        self.outstandingCheck.setAccessibleName(QCoreApplication.translate("VouchersDialog", u"Only those not handed over yet", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("VouchersDialog", u"Number and value shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.payoutTable.setAccessibleName(QCoreApplication.translate("VouchersDialog", u"Vouchers, donations and rent credits", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("VouchersDialog", u"&Record serial and hand-over\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("VouchersDialog", u"Note the serial number and the date the voucher was handed over (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

