# Generated from forms/rewards_actions.ui (sha256 0ff4ed9f7f34abbc2e0c8b26b0c94ea2cb01a4be3e99305367a021629dd7801f) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rewards_actions.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QWidget)

class Ui_RewardsActions(object):
    def setupUi(self, RewardsActions):
        if not RewardsActions.objectName():
            RewardsActions.setObjectName(u"RewardsActions")
        RewardsActions.resize(900, 40)
        self.actionsLayout = QHBoxLayout(RewardsActions)
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.yearEndButton = QPushButton(RewardsActions)
        self.yearEndButton.setObjectName(u"yearEndButton")
        self.yearEndButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.yearEndButton)

        self.vouchersButton = QPushButton(RewardsActions)
        self.vouchersButton.setObjectName(u"vouchersButton")
        self.vouchersButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.vouchersButton)

        self.rulesButton = QPushButton(RewardsActions)
        self.rulesButton.setObjectName(u"rulesButton")
        self.rulesButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.rulesButton)

        self.statementsButton = QPushButton(RewardsActions)
        self.statementsButton.setObjectName(u"statementsButton")
        self.statementsButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.statementsButton)

        self.exportButton = QToolButton(RewardsActions)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.exportButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actionsLayout.addWidget(self.exportButton)

        self.actionsSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        QWidget.setTabOrder(self.yearEndButton, self.vouchersButton)
        QWidget.setTabOrder(self.vouchersButton, self.rulesButton)
        QWidget.setTabOrder(self.rulesButton, self.statementsButton)
        QWidget.setTabOrder(self.statementsButton, self.exportButton)

        self.retranslateUi(RewardsActions)

        QMetaObject.connectSlotsByName(RewardsActions)
    # setupUi

    def retranslateUi(self, RewardsActions):
#if QT_CONFIG(accessibility)
        RewardsActions.setAccessibleName(QCoreApplication.translate("RewardsActions", u"Rewards actions", None))
#endif // QT_CONFIG(accessibility)
        self.yearEndButton.setText(QCoreApplication.translate("RewardsActions", u"&Year end\u2026", None))
#if QT_CONFIG(tooltip)
        self.yearEndButton.setToolTip(QCoreApplication.translate("RewardsActions", u"Preview the year-end conversion of points, record each member's choice, commit", None))
#endif // QT_CONFIG(tooltip)
        self.vouchersButton.setText(QCoreApplication.translate("RewardsActions", u"&Vouchers issued\u2026", None))
#if QT_CONFIG(tooltip)
        self.vouchersButton.setToolTip(QCoreApplication.translate("RewardsActions", u"Vouchers, donations and rent credits of a year end; record serial numbers", None))
#endif // QT_CONFIG(tooltip)
        self.rulesButton.setText(QCoreApplication.translate("RewardsActions", u"Points r&ules\u2026", None))
#if QT_CONFIG(tooltip)
        self.rulesButton.setToolTip(QCoreApplication.translate("RewardsActions", u"How many points each kind of event earns", None))
#endif // QT_CONFIG(tooltip)
        self.statementsButton.setText(QCoreApplication.translate("RewardsActions", u"All state&ments\u2026", None))
#if QT_CONFIG(tooltip)
        self.statementsButton.setToolTip(QCoreApplication.translate("RewardsActions", u"One PDF with a points statement letter for every member with points", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RewardsActions", u"E&xport", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RewardsActions", u"Export the points ledger or a year-end summary to Excel", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

