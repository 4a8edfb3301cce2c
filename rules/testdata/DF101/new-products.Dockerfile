# test: date=2026-12-04 unsafe-fixes
# PowerShell 7.4 ended on 2026-11-10; its tag set is unverified.
# want "^mcr.microsoft.com/powershell:7.4-ubuntu-22.04: powershell 7.4 reached end of support on 2026-11-10; bump to mcr.microsoft.com/powershell:7.6-ubuntu-22.04 \\(powershell 7.4 → 7.6\\); needs review: a new powershell release line"
FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04 AS pwsh
# SQL Server's Ubuntu part ages on its own; there are no CU tags to move to.
# want "^mcr.microsoft.com/mssql/server:2019-CU16-ubuntu-20.04: ubuntu 20.04 reached end of support on 2025-05-31; dockerfix knows no supported tag of this image to move to"
FROM mcr.microsoft.com/mssql/server:2019-CU16-ubuntu-20.04 AS sql
# CBL-Mariner 2.0 is superseded by Azure Linux 3.0.
# want "^mcr.microsoft.com/cbl-mariner/base/core:2.0: mcr.microsoft.com/cbl-mariner/base/core is deprecated; bump to mcr.microsoft.com/azurelinux/base/core:3.0"
FROM mcr.microsoft.com/cbl-mariner/base/core:2.0 AS mariner
# The Jupyter stacks are pushed to quay.io only.
# want "^jupyter/base-notebook:ubuntu-22.04: jupyter/base-notebook is deprecated; bump to quay.io/jupyter/base-notebook:ubuntu-24.04 \\(ubuntu 22.04 → 24.04\\); needs review: it moves to another image"
FROM jupyter/base-notebook:ubuntu-22.04 AS jupyter
# Tags that carry a runtime: the runtime is judged, with no tag set to move in.
# want "^cypress/base:16.14.0: node 16 reached end of support on 2023-09-11; dockerfix knows no supported tag of this image to move to"
FROM cypress/base:16.14.0 AS cypress
# want "^ghcr.io/linuxserver/baseimage-alpine:3.16: alpine 3.16 reached end of support on 2024-05-23; dockerfix knows no supported tag of this image to move to"
FROM ghcr.io/linuxserver/baseimage-alpine:3.16 AS lsio
# Tag notes only, and nothing the catalog knows in the tag: no finding.
FROM selenium/standalone-chrome:4.25.0-20241024 AS selenium
FROM cypress/factory:8.3.0 AS factory
FROM jenkins/agent:latest-jdk21
