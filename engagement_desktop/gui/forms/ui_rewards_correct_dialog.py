# Generated from forms/rewards_correct_dialog.ui (sha256 c396e6d202570b5a31707eba6cbc6fa666b6795820b76c0f754401633da1140f) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rewards_correct_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CorrectDialog(object):
    def setupUi(self, CorrectDialog):
        if not CorrectDialog.objectName():
            CorrectDialog.setObjectName(u"CorrectDialog")
        CorrectDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(CorrectDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.entryLabel = QLabel(CorrectDialog)
        self.entryLabel.setObjectName(u"entryLabel")
        self.entryLabel.setWordWrap(True)
        self.entryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.entryLabel)

        self.effectLabel = QLabel(CorrectDialog)
        self.effectLabel.setObjectName(u"effectLabel")
        self.effectLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.effectLabel)

        self.reasonLabel = QLabel(CorrectDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.dialogLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(CorrectDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.dialogLayout.addWidget(self.reasonEdit)

        self.reasonError = QLabel(CorrectDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.dialogLayout.addWidget(self.reasonError)

        self.formError = QLabel(CorrectDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CorrectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(CorrectDialog)

        QMetaObject.connectSlotsByName(CorrectDialog)
    # setupUi

    def retranslateUi(self, CorrectDialog):
        CorrectDialog.setWindowTitle(QCoreApplication.translate("CorrectDialog", u"Correct entry", None))
        self.entryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.entryLabel.setAccessibleName(QCoreApplication.translate("CorrectDialog", u"The entry to correct", None))
#endif // QT_CONFIG(accessibility)
        self.effectLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("CorrectDialog", u"&Reason for the correction:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("CorrectDialog", u"Reason for the correction", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CorrectDialog", u"e.g. awarded to the wrong member", None))
        self.reasonError.setText("")
        self.formError.setText("")
    # retranslateUi

