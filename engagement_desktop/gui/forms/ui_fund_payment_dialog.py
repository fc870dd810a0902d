# Generated from forms/fund_payment_dialog.ui (sha256 fbec9f32e4167ca6f27ec6825b18d957094804c6066d0349083c8c6c362c2e45) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_payment_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FundPaymentDialog(object):
    def setupUi(self, FundPaymentDialog):
        if not FundPaymentDialog.objectName():
            FundPaymentDialog.setObjectName(u"FundPaymentDialog")
        FundPaymentDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(FundPaymentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.stageEditLabel = QLabel(FundPaymentDialog)
        self.stageEditLabel.setObjectName(u"stageEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stageEditLabel)

        self.stageEdit = QLineEdit(FundPaymentDialog)
        self.stageEdit.setObjectName(u"stageEdit")
        self.stageEdit.setMaxLength(80)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stageEdit)

        self.amountSpinLabel = QLabel(FundPaymentDialog)
        self.amountSpinLabel.setObjectName(u"amountSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountSpinLabel)

        self.amountSpin = QDoubleSpinBox(FundPaymentDialog)
        self.amountSpin.setObjectName(u"amountSpin")
        self.amountSpin.setGroupSeparatorShown(True)
        self.amountSpin.setMaximum(9999999.990000000223517)
        self.amountSpin.setDecimals(2)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountSpin)

        self.paidDateLabel = QLabel(FundPaymentDialog)
        self.paidDateLabel.setObjectName(u"paidDateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paidDateLabel)

        self.paidDate = QDateEdit(FundPaymentDialog)
        self.paidDate.setObjectName(u"paidDate")
        self.paidDate.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paidDate)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(FundPaymentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FundPaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stageEditLabel.setBuddy(self.stageEdit)
        self.amountSpinLabel.setBuddy(self.amountSpin)
        self.paidDateLabel.setBuddy(self.paidDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stageEdit, self.amountSpin)
        QWidget.setTabOrder(self.amountSpin, self.paidDate)

        self.retranslateUi(FundPaymentDialog)

        QMetaObject.connectSlotsByName(FundPaymentDialog)
    # setupUi

    def retranslateUi(self, FundPaymentDialog):
        FundPaymentDialog.setWindowTitle(QCoreApplication.translate("FundPaymentDialog", u"Record a payment", None))
        self.stageEditLabel.setText(QCoreApplication.translate("FundPaymentDialog", u"&Stage:", None))
#if QT_CONFIG(accessibility)
        self.stageEdit.setAccessibleName(QCoreApplication.translate("FundPaymentDialog", u"Stage of the payment, e.g. First half", None))
#endif // QT_CONFIG(accessibility)
        self.amountSpinLabel.setText(QCoreApplication.translate("FundPaymentDialog", u"&Amount:", None))
#if QT_CONFIG(accessibility)
        self.amountSpin.setAccessibleName(QCoreApplication.translate("FundPaymentDialog", u"Amount paid in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.amountSpin.setPrefix(QCoreApplication.translate("FundPaymentDialog", u"\u00a3", None))
        self.paidDateLabel.setText(QCoreApplication.translate("FundPaymentDialog", u"&Paid on:", None))
#if QT_CONFIG(accessibility)
        self.paidDate.setAccessibleName(QCoreApplication.translate("FundPaymentDialog", u"Date paid", None))
#endif // QT_CONFIG(accessibility)
        self.paidDate.setDisplayFormat(QCoreApplication.translate("FundPaymentDialog", u"dd/MM/yyyy", None))
        self.formError.setText("")
    # retranslateUi

