# Generated from forms/rewards_statement_dialog.ui (sha256 fb93bdd1087d9d3463cb37ea321baec08f96f04859cb5108da00d58a2ea49f21) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rewards_statement_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StatementDialog(object):
    def setupUi(self, StatementDialog):
        if not StatementDialog.objectName():
            StatementDialog.setObjectName(u"StatementDialog")
        StatementDialog.resize(460, 220)
        self.dialogLayout = QVBoxLayout(StatementDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(StatementDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.yearLabel = QLabel(StatementDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(StatementDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.printLabel = QLabel(StatementDialog)
        self.printLabel.setObjectName(u"printLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.printLabel)

        self.largePrintCheck = QCheckBox(StatementDialog)
        self.largePrintCheck.setObjectName(u"largePrintCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.largePrintCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.largePrintNote = QLabel(StatementDialog)
        self.largePrintNote.setObjectName(u"largePrintNote")
        self.largePrintNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.largePrintNote)

        self.dialogSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(StatementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.largePrintCheck)
        QWidget.setTabOrder(self.largePrintCheck, self.buttonBox)

        self.retranslateUi(StatementDialog)
        self.buttonBox.accepted.connect(StatementDialog.accept)
        self.buttonBox.rejected.connect(StatementDialog.reject)

        QMetaObject.connectSlotsByName(StatementDialog)
    # setupUi

    def retranslateUi(self, StatementDialog):
        StatementDialog.setWindowTitle(QCoreApplication.translate("StatementDialog", u"Points statement", None))
        self.introLabel.setText("")
        self.yearLabel.setText(QCoreApplication.translate("StatementDialog", u"Scheme &year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("StatementDialog", u"Scheme year", None))
#endif // QT_CONFIG(accessibility)
        self.printLabel.setText(QCoreApplication.translate("StatementDialog", u"Print:", None))
        self.largePrintCheck.setText(QCoreApplication.translate("StatementDialog", u"&Large print", None))
#if QT_CONFIG(accessibility)
        self.largePrintCheck.setAccessibleName(QCoreApplication.translate("StatementDialog", u"Large print", None))
#endif // QT_CONFIG(accessibility)
        self.largePrintNote.setText("")
    # retranslateUi

