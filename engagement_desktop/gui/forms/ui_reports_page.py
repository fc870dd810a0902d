# Generated from forms/reports_page.ui (sha256 8b1d666477ec4cccb48f49f96a056927f21195edeadd73a3b82c5c1aef50473c) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReportsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.reportList = QTreeWidget(ReportsPage)
        self.reportList.setObjectName(u"reportList")
        self.reportList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportList.setAlternatingRowColors(True)
        self.reportList.setRootIsDecorated(False)
        self.reportList.setUniformRowHeights(True)
        self.reportList.setWordWrap(False)

        self.bodyLayout.addWidget(self.reportList)

        self.countsBox = QGroupBox(ReportsPage)
        self.countsBox.setObjectName(u"countsBox")
        self.countsBoxLayout = QVBoxLayout(self.countsBox)
        self.countsBoxLayout.setObjectName(u"countsBoxLayout")
        self.countsLayout = QFormLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.countsLayout.setHorizontalSpacing(24)

        self.countsBoxLayout.addLayout(self.countsLayout)

        self.countsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.countsBoxLayout.addItem(self.countsSpacer)


        self.bodyLayout.addWidget(self.countsBox)


        self.pageLayout.addLayout(self.bodyLayout)


        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.introLabel.setText(QCoreApplication.translate("ReportsPage", u"These are the reports the program will print for the Board, the scrutiny panel and customers. They are not ready yet; the figures they will draw on are summed up on the right.", None))
        ___qtreewidgetitem = self.reportList.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReportsPage", u"What it will show", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReportsPage", u"Report", None))
#if QT_CONFIG(accessibility)
        self.reportList.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Reports to come", None))
#endif // QT_CONFIG(accessibility)
        self.countsBox.setTitle(QCoreApplication.translate("ReportsPage", u"This database", None))
#if QT_CONFIG(accessibility)
        self.countsBox.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Headline counts of this database", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

