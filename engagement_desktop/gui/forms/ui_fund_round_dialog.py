# Generated from forms/fund_round_dialog.ui (sha256 41a82e7739975d55e19af3007596591366f386773cd606c2470e7d49e8ada519) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_round_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_FundRoundDialog(object):
    def setupUi(self, FundRoundDialog):
        if not FundRoundDialog.objectName():
            FundRoundDialog.setObjectName(u"FundRoundDialog")
        FundRoundDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(FundRoundDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameEditLabel = QLabel(FundRoundDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(FundRoundDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(FundRoundDialog)
        self.nameError.setObjectName(u"nameError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.opensDateLabel = QLabel(FundRoundDialog)
        self.opensDateLabel.setObjectName(u"opensDateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.opensDateLabel)

        self.opensDate = QDateEdit(FundRoundDialog)
        self.opensDate.setObjectName(u"opensDate")
        self.opensDate.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.opensDate)

        self.opensError = QLabel(FundRoundDialog)
        self.opensError.setObjectName(u"opensError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.opensError)

        self.closesDateLabel = QLabel(FundRoundDialog)
        self.closesDateLabel.setObjectName(u"closesDateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.closesDateLabel)

        self.closesDate = QDateEdit(FundRoundDialog)
        self.closesDate.setObjectName(u"closesDate")
        self.closesDate.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.closesDate)

        self.closesError = QLabel(FundRoundDialog)
        self.closesError.setObjectName(u"closesError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.closesError)

        self.budgetSpinLabel = QLabel(FundRoundDialog)
        self.budgetSpinLabel.setObjectName(u"budgetSpinLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.budgetSpinLabel)

        self.budgetSpin = QDoubleSpinBox(FundRoundDialog)
        self.budgetSpin.setObjectName(u"budgetSpin")
        self.budgetSpin.setGroupSeparatorShown(True)
        self.budgetSpin.setMaximum(9999999.990000000223517)
        self.budgetSpin.setDecimals(2)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.budgetSpin)

        self.budgetError = QLabel(FundRoundDialog)
        self.budgetError.setObjectName(u"budgetError")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.budgetError)

        self.maxSpinLabel = QLabel(FundRoundDialog)
        self.maxSpinLabel.setObjectName(u"maxSpinLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.maxSpinLabel)

        self.maxSpin = QDoubleSpinBox(FundRoundDialog)
        self.maxSpin.setObjectName(u"maxSpin")
        self.maxSpin.setGroupSeparatorShown(True)
        self.maxSpin.setMaximum(9999999.990000000223517)
        self.maxSpin.setDecimals(2)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.maxSpin)

        self.maxError = QLabel(FundRoundDialog)
        self.maxError.setObjectName(u"maxError")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.maxError)

        self.criteriaEditLabel = QLabel(FundRoundDialog)
        self.criteriaEditLabel.setObjectName(u"criteriaEditLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.criteriaEditLabel)

        self.criteriaEdit = QPlainTextEdit(FundRoundDialog)
        self.criteriaEdit.setObjectName(u"criteriaEdit")
        self.criteriaEdit.setTabChangesFocus(True)
        self.criteriaEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.criteriaEdit)

        self.criteriaError = QLabel(FundRoundDialog)
        self.criteriaError.setObjectName(u"criteriaError")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.criteriaError)

        self.scaleSpinLabel = QLabel(FundRoundDialog)
        self.scaleSpinLabel.setObjectName(u"scaleSpinLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.scaleSpinLabel)

        self.scaleSpin = QSpinBox(FundRoundDialog)
        self.scaleSpin.setObjectName(u"scaleSpin")
        self.scaleSpin.setMinimum(1)
        self.scaleSpin.setMaximum(10)
        self.scaleSpin.setValue(5)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.scaleSpin)

        self.scaleError = QLabel(FundRoundDialog)
        self.scaleError.setObjectName(u"scaleError")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.scaleError)

        self.monthsSpinLabel = QLabel(FundRoundDialog)
        self.monthsSpinLabel.setObjectName(u"monthsSpinLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.monthsSpinLabel)

        self.monthsSpin = QSpinBox(FundRoundDialog)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(1)
        self.monthsSpin.setMaximum(36)
        self.monthsSpin.setValue(6)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.monthsSpin)

        self.monthsError = QLabel(FundRoundDialog)
        self.monthsError.setObjectName(u"monthsError")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.monthsError)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(FundRoundDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FundRoundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.opensDateLabel.setBuddy(self.opensDate)
        self.closesDateLabel.setBuddy(self.closesDate)
        self.budgetSpinLabel.setBuddy(self.budgetSpin)
        self.maxSpinLabel.setBuddy(self.maxSpin)
        self.criteriaEditLabel.setBuddy(self.criteriaEdit)
        self.scaleSpinLabel.setBuddy(self.scaleSpin)
        self.monthsSpinLabel.setBuddy(self.monthsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.opensDate)
        QWidget.setTabOrder(self.opensDate, self.closesDate)
        QWidget.setTabOrder(self.closesDate, self.budgetSpin)
        QWidget.setTabOrder(self.budgetSpin, self.maxSpin)
        QWidget.setTabOrder(self.maxSpin, self.criteriaEdit)
        QWidget.setTabOrder(self.criteriaEdit, self.scaleSpin)
        QWidget.setTabOrder(self.scaleSpin, self.monthsSpin)

        self.retranslateUi(FundRoundDialog)

        QMetaObject.connectSlotsByName(FundRoundDialog)
    # setupUi

    def retranslateUi(self, FundRoundDialog):
        FundRoundDialog.setWindowTitle(QCoreApplication.translate("FundRoundDialog", u"New fund round", None))
        self.nameEditLabel.setText(QCoreApplication.translate("FundRoundDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("FundRoundDialog", u"Name of the round", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
        self.opensDateLabel.setText(QCoreApplication.translate("FundRoundDialog", u"&Opens:", None))
#if QT_CONFIG(accessibility)
        self.opensDate.setAccessibleName(QCoreApplication.translate("FundRoundDialog", u"Date the round opens", None))
#endif // QT_CONFIG(accessibility)
        self.opensDate.setDisplayFormat(QCoreApplication.translate("FundRoundDialog", u"dd/MM/yyyy", None))
        self.opensError.setText("")
        self.closesDateLabel.setText(QCoreApplication.translate("FundRoundDialog", u"&Closes:", None))
#if QT_CONFIG(accessibility)
        self.closesDate.setAccessibleName(QCoreApplication.translate("FundRoundDialog", u"Date the round closes", None))
#endif // QT_CONFIG(accessibility)
        self.closesDate.setDisplayFormat(QCoreApplication.translate("FundRoundDialog", u"dd/MM/yyyy", None))
        self.closesError.setText("")
        self.budgetSpinLabel.setText(QCoreApplication.translate("FundRoundDialog", u"&Budget:", None))
#if QT_CONFIG(accessibility)
        self.budgetSpin.setAccessibleName(QCoreApplication.translate("FundRoundDialog", u"Budget of the round in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.budgetSpin.setPrefix(QCoreApplication.translate("FundRoundDialog", u"\u00a3", None))
        self.budgetError.setText("")
        self.maxSpinLabel.setText(QCoreApplication.translate("FundRoundDialog", u"Most for &one application:", None))
#if QT_CONFIG(accessibility)
        self.maxSpin.setAccessibleName(QCoreApplication.translate("FundRoundDialog", u"Most one application may ask for, in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.maxSpin.setPrefix(QCoreApplication.translate("FundRoundDialog", u"\u00a3", None))
        self.maxError.setText("")
        self.criteriaEditLabel.setText(QCoreApplication.translate("FundRoundDialog", u"C&riteria (one a line):", None))
#if QT_CONFIG(accessibility)
        self.criteriaEdit.setAccessibleName(QCoreApplication.translate("FundRoundDialog", u"Criteria the panel scores against, one a line", None))
#endif // QT_CONFIG(accessibility)
        self.criteriaError.setText("")
        self.scaleSpinLabel.setText(QCoreApplication.translate("FundRoundDialog", u"&Top score:", None))
#if QT_CONFIG(accessibility)
        self.scaleSpin.setAccessibleName(QCoreApplication.translate("FundRoundDialog", u"Top of the score scale", None))
#endif // QT_CONFIG(accessibility)
        self.scaleError.setText("")
        self.monthsSpinLabel.setText(QCoreApplication.translate("FundRoundDialog", u"&Evaluation due after:", None))
#if QT_CONFIG(accessibility)
        self.monthsSpin.setAccessibleName(QCoreApplication.translate("FundRoundDialog", u"Months after an award its evaluation is due", None))
#endif // QT_CONFIG(accessibility)
        self.monthsSpin.setSuffix(QCoreApplication.translate("FundRoundDialog", u" months", None))
        self.monthsError.setText("")
        self.formError.setText("")
    # retranslateUi

