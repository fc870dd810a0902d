# Generated from forms/register_dialog.ui (sha256 a55c0e49d2fc2a7e721ef278db27656c93b0822855b696c64acf78680d7312f7) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QDoubleSpinBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RegisterDialog(object):
    def setupUi(self, RegisterDialog):
        if not RegisterDialog.objectName():
            RegisterDialog.setObjectName(u"RegisterDialog")
        RegisterDialog.resize(980, 560)
        self.registerLayout = QVBoxLayout(RegisterDialog)
        self.registerLayout.setObjectName(u"registerLayout")
        self.headingLabel = QLabel(RegisterDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.registerLayout.addWidget(self.headingLabel)

        self.summaryLabel = QLabel(RegisterDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.registerLayout.addWidget(self.summaryLabel)

        self.findLayout = QHBoxLayout()
        self.findLayout.setObjectName(u"findLayout")
        self.findLabel = QLabel(RegisterDialog)
        self.findLabel.setObjectName(u"findLabel")

        self.findLayout.addWidget(self.findLabel)

        self.findEdit = QLineEdit(RegisterDialog)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.findLayout.addWidget(self.findEdit)

        self.shownLabel = QLabel(RegisterDialog)
        self.shownLabel.setObjectName(u"shownLabel")

        self.findLayout.addWidget(self.shownLabel)


        self.registerLayout.addLayout(self.findLayout)

        self.registerTable = QTableView(RegisterDialog)
        self.registerTable.setObjectName(u"registerTable")

        self.registerLayout.addWidget(self.registerTable)

        self.markLayout = QHBoxLayout()
        self.markLayout.setObjectName(u"markLayout")
        self.markLabel = QLabel(RegisterDialog)
        self.markLabel.setObjectName(u"markLabel")

        self.markLayout.addWidget(self.markLabel)

        self.attendedButton = QPushButton(RegisterDialog)
        self.attendedButton.setObjectName(u"attendedButton")

        self.markLayout.addWidget(self.attendedButton)

        self.apologiesButton = QPushButton(RegisterDialog)
        self.apologiesButton.setObjectName(u"apologiesButton")

        self.markLayout.addWidget(self.apologiesButton)

        self.noShowButton = QPushButton(RegisterDialog)
        self.noShowButton.setObjectName(u"noShowButton")

        self.markLayout.addWidget(self.noShowButton)

        self.invitedButton = QPushButton(RegisterDialog)
        self.invitedButton.setObjectName(u"invitedButton")

        self.markLayout.addWidget(self.invitedButton)

        self.hoursLabel = QLabel(RegisterDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.markLayout.addWidget(self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(RegisterDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(2)
        self.hoursSpin.setMaximum(24.000000000000000)
        self.hoursSpin.setSingleStep(0.250000000000000)

        self.markLayout.addWidget(self.hoursSpin)

        self.editButton = QPushButton(RegisterDialog)
        self.editButton.setObjectName(u"editButton")

        self.markLayout.addWidget(self.editButton)

        self.markSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.markLayout.addItem(self.markSpacer)


        self.registerLayout.addLayout(self.markLayout)

        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.printRegisterButton = QPushButton(RegisterDialog)
        self.printRegisterButton.setObjectName(u"printRegisterButton")

        self.toolsLayout.addWidget(self.printRegisterButton)

        self.printButton = QPushButton(RegisterDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolsLayout.addWidget(self.printButton)

        self.savePdfButton = QPushButton(RegisterDialog)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.toolsLayout.addWidget(self.savePdfButton)

        self.largePrintCheck = QCheckBox(RegisterDialog)
        self.largePrintCheck.setObjectName(u"largePrintCheck")

        self.toolsLayout.addWidget(self.largePrintCheck)

        self.typingButton = QPushButton(RegisterDialog)
        self.typingButton.setObjectName(u"typingButton")

        self.toolsLayout.addWidget(self.typingButton)

        self.checkinButton = QPushButton(RegisterDialog)
        self.checkinButton.setObjectName(u"checkinButton")

        self.toolsLayout.addWidget(self.checkinButton)

        self.expenseButton = QPushButton(RegisterDialog)
        self.expenseButton.setObjectName(u"expenseButton")

        self.toolsLayout.addWidget(self.expenseButton)

        self.toolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsSpacer)

        self.closeButton = QPushButton(RegisterDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.toolsLayout.addWidget(self.closeButton)


        self.registerLayout.addLayout(self.toolsLayout)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
        self.hoursLabel.setBuddy(self.hoursSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterDialog)

        QMetaObject.connectSlotsByName(RegisterDialog)
    # setupUi

    def retranslateUi(self, RegisterDialog):
        RegisterDialog.setWindowTitle(QCoreApplication.translate("RegisterDialog", u"Attendance register", None))
        self.headingLabel.setText("")
        self.summaryLabel.setText("")
        self.findLabel.setText(QCoreApplication.translate("RegisterDialog", u"&Find:", None))
#if QT_CONFIG(accessibility)
        self.findEdit.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Find on the register", None))
#endif // QT_CONFIG(accessibility)
        self.findEdit.setPlaceholderText(QCoreApplication.translate("RegisterDialog", u"Name, reference or postcode (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.findEdit.setToolTip(QCoreApplication.translate("RegisterDialog", u"The register shrinks to the matches as you type; Up/Down choose, Enter goes to the list to mark, Esc clears", None))
#endif // QT_CONFIG(tooltip)
        self.shownLabel.setText("")
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Register", None))
#endif // QT_CONFIG(accessibility)
        self.markLabel.setText(QCoreApplication.translate("RegisterDialog", u"Mark the selected:", None))
        self.attendedButton.setText(QCoreApplication.translate("RegisterDialog", u"&Attended", None))
#if QT_CONFIG(tooltip)
        self.attendedButton.setToolTip(QCoreApplication.translate("RegisterDialog", u"A", None))
#endif // QT_CONFIG(tooltip)
        self.apologiesButton.setText(QCoreApplication.translate("RegisterDialog", u"A&pologies", None))
#if QT_CONFIG(tooltip)
        self.apologiesButton.setToolTip(QCoreApplication.translate("RegisterDialog", u"P", None))
#endif // QT_CONFIG(tooltip)
        self.noShowButton.setText(QCoreApplication.translate("RegisterDialog", u"&No-show", None))
#if QT_CONFIG(tooltip)
        self.noShowButton.setToolTip(QCoreApplication.translate("RegisterDialog", u"N", None))
#endif // QT_CONFIG(tooltip)
        self.invitedButton.setText(QCoreApplication.translate("RegisterDialog", u"&Invited only", None))
#if QT_CONFIG(tooltip)
        self.invitedButton.setToolTip(QCoreApplication.translate("RegisterDialog", u"I", None))
#endif // QT_CONFIG(tooltip)
        self.hoursLabel.setText(QCoreApplication.translate("RegisterDialog", u"for", None))
        self.hoursSpin.setSpecialValueText(QCoreApplication.translate("RegisterDialog", u"hours as they are", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("RegisterDialog", u" h", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Hours to record with the mark", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.hoursSpin.setToolTip(QCoreApplication.translate("RegisterDialog", u"Hours given (for points per hour); leave at the start to keep what is recorded", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("RegisterDialog", u"&Edit one\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("RegisterDialog", u"Status, role and hours of one person (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.printRegisterButton.setText(QCoreApplication.translate("RegisterDialog", u"Print &register\u2026", None))
#if QT_CONFIG(tooltip)
        self.printRegisterButton.setToolTip(QCoreApplication.translate("RegisterDialog", u"The register as shown, with each person's mark (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("RegisterDialog", u"Print sign-in &sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("RegisterDialog", u"The paper sheet for the door, in surname order, with slips for walk-ins", None))
#endif // QT_CONFIG(tooltip)
        self.savePdfButton.setText(QCoreApplication.translate("RegisterDialog", u"Save as P&DF", None))
#if QT_CONFIG(tooltip)
        self.savePdfButton.setToolTip(QCoreApplication.translate("RegisterDialog", u"Save the register or the sign-in sheet as a PDF", None))
#endif // QT_CONFIG(tooltip)
        self.largePrintCheck.setText(QCoreApplication.translate("RegisterDialog", u"&Large print", None))
        self.typingButton.setText(QCoreApplication.translate("RegisterDialog", u"&Type in from the sheet\u2026", None))
        self.checkinButton.setText(QCoreApplication.translate("RegisterDialog", u"Check-in &mode\u2026", None))
        self.expenseButton.setText(QCoreApplication.translate("RegisterDialog", u"E&xpense claim\u2026", None))
#if QT_CONFIG(tooltip)
        self.expenseButton.setToolTip(QCoreApplication.translate("RegisterDialog", u"A claim by the selected person for this event", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("RegisterDialog", u"Close", None))
    # retranslateUi

