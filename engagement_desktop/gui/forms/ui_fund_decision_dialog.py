# Generated from forms/fund_decision_dialog.ui (sha256 74ae96513380e5d2f8954c908df7748b2c2060152a5d54da9bbf917ed38c6cf7) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FundDecisionDialog(object):
    def setupUi(self, FundDecisionDialog):
        if not FundDecisionDialog.objectName():
            FundDecisionDialog.setObjectName(u"FundDecisionDialog")
        FundDecisionDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(FundDecisionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.decisionComboLabel = QLabel(FundDecisionDialog)
        self.decisionComboLabel.setObjectName(u"decisionComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionComboLabel)

        self.decisionCombo = QComboBox(FundDecisionDialog)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.awardSpinLabel = QLabel(FundDecisionDialog)
        self.awardSpinLabel.setObjectName(u"awardSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.awardSpinLabel)

        self.awardSpin = QDoubleSpinBox(FundDecisionDialog)
        self.awardSpin.setObjectName(u"awardSpin")
        self.awardSpin.setGroupSeparatorShown(True)
        self.awardSpin.setMaximum(9999999.990000000223517)
        self.awardSpin.setDecimals(2)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.awardSpin)

        self.reasonsEditLabel = QLabel(FundDecisionDialog)
        self.reasonsEditLabel.setObjectName(u"reasonsEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonsEditLabel)

        self.reasonsEdit = QPlainTextEdit(FundDecisionDialog)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setTabChangesFocus(True)
        self.reasonsEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonsEdit)

        self.conditionsEditLabel = QLabel(FundDecisionDialog)
        self.conditionsEditLabel.setObjectName(u"conditionsEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.conditionsEditLabel)

        self.conditionsEdit = QPlainTextEdit(FundDecisionDialog)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setTabChangesFocus(True)
        self.conditionsEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)

        self.decidedDateLabel = QLabel(FundDecisionDialog)
        self.decidedDateLabel.setObjectName(u"decidedDateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decidedDateLabel)

        self.decidedDate = QDateEdit(FundDecisionDialog)
        self.decidedDate.setObjectName(u"decidedDate")
        self.decidedDate.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decidedDate)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(FundDecisionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FundDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.decisionComboLabel.setBuddy(self.decisionCombo)
        self.awardSpinLabel.setBuddy(self.awardSpin)
        self.reasonsEditLabel.setBuddy(self.reasonsEdit)
        self.conditionsEditLabel.setBuddy(self.conditionsEdit)
        self.decidedDateLabel.setBuddy(self.decidedDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.decisionCombo, self.awardSpin)
        QWidget.setTabOrder(self.awardSpin, self.reasonsEdit)
        QWidget.setTabOrder(self.reasonsEdit, self.conditionsEdit)
        QWidget.setTabOrder(self.conditionsEdit, self.decidedDate)

        self.retranslateUi(FundDecisionDialog)

        QMetaObject.connectSlotsByName(FundDecisionDialog)
    # setupUi

    def retranslateUi(self, FundDecisionDialog):
        FundDecisionDialog.setWindowTitle(QCoreApplication.translate("FundDecisionDialog", u"Decision", None))
        self.decisionComboLabel.setText(QCoreApplication.translate("FundDecisionDialog", u"&Decision:", None))
#if QT_CONFIG(accessibility)
        self.decisionCombo.setAccessibleName(QCoreApplication.translate("FundDecisionDialog", u"The panel's decision", None))
#endif // QT_CONFIG(accessibility)
        self.awardSpinLabel.setText(QCoreApplication.translate("FundDecisionDialog", u"&Award:", None))
#if QT_CONFIG(accessibility)
        self.awardSpin.setAccessibleName(QCoreApplication.translate("FundDecisionDialog", u"Amount awarded in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.awardSpin.setPrefix(QCoreApplication.translate("FundDecisionDialog", u"\u00a3", None))
        self.reasonsEditLabel.setText(QCoreApplication.translate("FundDecisionDialog", u"&Reasons:", None))
#if QT_CONFIG(accessibility)
        self.reasonsEdit.setAccessibleName(QCoreApplication.translate("FundDecisionDialog", u"The panel's reasons", None))
#endif // QT_CONFIG(accessibility)
        self.conditionsEditLabel.setText(QCoreApplication.translate("FundDecisionDialog", u"C&onditions:", None))
#if QT_CONFIG(accessibility)
        self.conditionsEdit.setAccessibleName(QCoreApplication.translate("FundDecisionDialog", u"Conditions of the award", None))
#endif // QT_CONFIG(accessibility)
        self.decidedDateLabel.setText(QCoreApplication.translate("FundDecisionDialog", u"Decided &on:", None))
#if QT_CONFIG(accessibility)
        self.decidedDate.setAccessibleName(QCoreApplication.translate("FundDecisionDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.decidedDate.setDisplayFormat(QCoreApplication.translate("FundDecisionDialog", u"dd/MM/yyyy", None))
        self.formError.setText("")
    # retranslateUi

