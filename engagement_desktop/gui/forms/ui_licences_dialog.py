# Generated from forms/licences_dialog.ui (sha256 348ffded1fe4f9fb3d20c20bc2a42afad48f379a8f0597ef7741ca329eb511cd) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'licences_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LicencesDialog(object):
    def setupUi(self, LicencesDialog):
        if not LicencesDialog.objectName():
            LicencesDialog.setObjectName(u"LicencesDialog")
        LicencesDialog.resize(720, 520)
        self.dialogLayout = QVBoxLayout(LicencesDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(LicencesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.textLabel = QLabel(LicencesDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.dialogLayout.addWidget(self.textLabel)

        self.licencesText = QPlainTextEdit(LicencesDialog)
        self.licencesText.setObjectName(u"licencesText")
        self.licencesText.setTabChangesFocus(True)
        self.licencesText.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licencesText.setReadOnly(True)
        self.licencesText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.licencesText)

        self.buttonBox = QDialogButtonBox(LicencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.licencesText)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LicencesDialog)
        self.buttonBox.rejected.connect(LicencesDialog.reject)

        QMetaObject.connectSlotsByName(LicencesDialog)
    # setupUi

    def retranslateUi(self, LicencesDialog):
        LicencesDialog.setWindowTitle(QCoreApplication.translate("LicencesDialog", u"Licences \u2013 Engagement Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("LicencesDialog", u"Engagement Desktop is free software (GNU GPL version 3 or later). It is built from the parts listed below, each under its own licence; the same text is in LICENCES.txt in the program's folder.", None))
        self.textLabel.setText(QCoreApplication.translate("LicencesDialog", u"&Licences:", None))
#if QT_CONFIG(accessibility)
        self.licencesText.setAccessibleName(QCoreApplication.translate("LicencesDialog", u"Licence notices", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

