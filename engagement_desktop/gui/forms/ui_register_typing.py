# Generated from forms/register_typing.ui (sha256 57c92e73e7009625d8f3a5090d670f37b57826b8bd52cd87d6a0bd81d9f00c95) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_typing.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RegisterTyping(object):
    def setupUi(self, RegisterTyping):
        if not RegisterTyping.objectName():
            RegisterTyping.setObjectName(u"RegisterTyping")
        RegisterTyping.resize(640, 560)
        self.typingLayout = QVBoxLayout(RegisterTyping)
        self.typingLayout.setObjectName(u"typingLayout")
        self.headingLabel = QLabel(RegisterTyping)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.typingLayout.addWidget(self.headingLabel)

        self.keysLabel = QLabel(RegisterTyping)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.typingLayout.addWidget(self.keysLabel)

        self.card = QFrame(RegisterTyping)
        self.card.setObjectName(u"card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.numberLabel = QLabel(self.card)
        self.numberLabel.setObjectName(u"numberLabel")

        self.cardLayout.addWidget(self.numberLabel)

        self.nameLabel = QLabel(self.card)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.nameLabel)

        self.detailLabel = QLabel(self.card)
        self.detailLabel.setObjectName(u"detailLabel")

        self.cardLayout.addWidget(self.detailLabel)

        self.statusLabel = QLabel(self.card)
        self.statusLabel.setObjectName(u"statusLabel")

        self.cardLayout.addWidget(self.statusLabel)


        self.typingLayout.addWidget(self.card)

        self.progressLabel = QLabel(RegisterTyping)
        self.progressLabel.setObjectName(u"progressLabel")

        self.typingLayout.addWidget(self.progressLabel)

        self.rowsList = QListWidget(RegisterTyping)
        self.rowsList.setObjectName(u"rowsList")
        self.rowsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.typingLayout.addWidget(self.rowsList)

        self.typingButtons = QHBoxLayout()
        self.typingButtons.setObjectName(u"typingButtons")
        self.attendedButton = QPushButton(RegisterTyping)
        self.attendedButton.setObjectName(u"attendedButton")
        self.attendedButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attendedButton.setAutoDefault(False)

        self.typingButtons.addWidget(self.attendedButton)

        self.apologiesButton = QPushButton(RegisterTyping)
        self.apologiesButton.setObjectName(u"apologiesButton")
        self.apologiesButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.apologiesButton.setAutoDefault(False)

        self.typingButtons.addWidget(self.apologiesButton)

        self.noShowButton = QPushButton(RegisterTyping)
        self.noShowButton.setObjectName(u"noShowButton")
        self.noShowButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.noShowButton.setAutoDefault(False)

        self.typingButtons.addWidget(self.noShowButton)

        self.nextButton = QPushButton(RegisterTyping)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nextButton.setAutoDefault(False)

        self.typingButtons.addWidget(self.nextButton)

        self.typingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.typingButtons.addItem(self.typingSpacer)

        self.closeButton = QPushButton(RegisterTyping)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.closeButton.setAutoDefault(False)

        self.typingButtons.addWidget(self.closeButton)


        self.typingLayout.addLayout(self.typingButtons)


        self.retranslateUi(RegisterTyping)

        QMetaObject.connectSlotsByName(RegisterTyping)
    # setupUi

    def retranslateUi(self, RegisterTyping):
        RegisterTyping.setWindowTitle(QCoreApplication.translate("RegisterTyping", u"Type in from the sign-in sheet", None))
        self.headingLabel.setText("")
        self.keysLabel.setText(QCoreApplication.translate("RegisterTyping", u"Follow the printed sheet.  A attended \u00b7 P apologies \u00b7 N no-show \u00b7 Space or \u2193 next \u00b7 \u2191 back \u00b7 Esc close", None))
        self.numberLabel.setText("")
#if QT_CONFIG(accessibility)
        self.numberLabel.setAccessibleName(QCoreApplication.translate("RegisterTyping", u"Number on the sheet", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText("")
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("RegisterTyping", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.detailLabel.setText("")
#if QT_CONFIG(accessibility)
        self.detailLabel.setAccessibleName(QCoreApplication.translate("RegisterTyping", u"Postcode and reference", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("RegisterTyping", u"Recorded now", None))
#endif // QT_CONFIG(accessibility)
        self.progressLabel.setText("")
#if QT_CONFIG(accessibility)
        self.rowsList.setAccessibleName(QCoreApplication.translate("RegisterTyping", u"The sheet, in order", None))
#endif // QT_CONFIG(accessibility)
        self.attendedButton.setText(QCoreApplication.translate("RegisterTyping", u"Attended (A)", None))
        self.apologiesButton.setText(QCoreApplication.translate("RegisterTyping", u"Apologies (P)", None))
        self.noShowButton.setText(QCoreApplication.translate("RegisterTyping", u"No-show (N)", None))
        self.nextButton.setText(QCoreApplication.translate("RegisterTyping", u"Next (Space)", None))
        self.closeButton.setText(QCoreApplication.translate("RegisterTyping", u"Close", None))
    # retranslateUi

