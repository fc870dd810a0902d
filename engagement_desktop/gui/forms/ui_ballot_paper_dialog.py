# Generated from forms/ballot_paper_dialog.ui (sha256 7ac4a9d0615c2fbc298c1e813b38b02ed490379bf9731b527e1756253d6900e9) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ballot_paper_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PaperSlipsDialog(object):
    def setupUi(self, PaperSlipsDialog):
        if not PaperSlipsDialog.objectName():
            PaperSlipsDialog.setObjectName(u"PaperSlipsDialog")
        PaperSlipsDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(PaperSlipsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PaperSlipsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.slipsForm = QFormLayout()
        self.slipsForm.setObjectName(u"slipsForm")
        self.slipsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.dialogLayout.addLayout(self.slipsForm)

        self.formError = QLabel(PaperSlipsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(PaperSlipsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(PaperSlipsDialog)

        QMetaObject.connectSlotsByName(PaperSlipsDialog)
    # setupUi

    def retranslateUi(self, PaperSlipsDialog):
        PaperSlipsDialog.setWindowTitle(QCoreApplication.translate("PaperSlipsDialog", u"Type in paper slips", None))
        self.introLabel.setText(QCoreApplication.translate("PaperSlipsDialog", u"Count the slips for each proposal and type the numbers in. No more can be typed in than were handed out.", None))
        self.formError.setText("")
    # retranslateUi

