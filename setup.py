"""Packaging glue pyproject.toml cannot express: ship the top-level ``resources/``
folder inside the package as ``engagement_desktop.resources``, so an installed
program finds its icons, stylesheet and fonts."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["engagement_desktop", "engagement_desktop.*"]),
        "engagement_desktop.resources",
    ],
    package_dir={"engagement_desktop.resources": "resources"},
    package_data={
        "engagement_desktop.resources": ["*", "**/*"],
        "engagement_desktop.store.migrations": ["script.py.mako"],
    },
)
