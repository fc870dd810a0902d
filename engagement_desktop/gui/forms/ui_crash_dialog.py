# Generated from forms/crash_dialog.ui (sha256 81e1fee3729b3c0359848a8bd31cc68786313944e4bbc36ac487d6fdf0cb1e18) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(640, 460)
        self.dialogLayout = QVBoxLayout(CrashDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(CrashDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.messageLabel = QLabel(CrashDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.messageLabel)


        self.dialogLayout.addLayout(self.headerLayout)

        self.detailsLabel = QLabel(CrashDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.dialogLayout.addWidget(self.detailsLabel)

        self.detailsText = QPlainTextEdit(CrashDialog)
        self.detailsText.setObjectName(u"detailsText")
        self.detailsText.setTabChangesFocus(True)
        self.detailsText.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detailsText.setReadOnly(True)
        self.detailsText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.detailsText)

        self.logLabel = QLabel(CrashDialog)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setWordWrap(True)
        self.logLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.logLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.copyButton = QPushButton(CrashDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.copyButton)

        self.buttonBox = QDialogButtonBox(CrashDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.detailsLabel.setBuddy(self.detailsText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.detailsText, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.buttonBox)

        self.retranslateUi(CrashDialog)
        self.buttonBox.rejected.connect(CrashDialog.reject)

        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"Engagement Desktop \u2013 unexpected problem", None))
        self.iconLabel.setText("")
        self.messageLabel.setText(QCoreApplication.translate("CrashDialog", u"Something went wrong that the program did not expect.\n"
"\n"
"What was already saved is safe: every change is saved in one step, and a step that fails is undone as a whole. You can carry on working, or close the program and start it again.\n"
"\n"
"If it happens again, please send the details below to whoever supports the program.", None))
        self.detailsLabel.setText(QCoreApplication.translate("CrashDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsText.setAccessibleName(QCoreApplication.translate("CrashDialog", u"Error details", None))
#endif // QT_CONFIG(accessibility)
        self.logLabel.setText("")
        self.copyButton.setText(QCoreApplication.translate("CrashDialog", u"&Copy details", None))
    # retranslateUi

