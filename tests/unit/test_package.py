"""What the package promises as a package: one version, a quiet logger, a pytest plugin that says what it lacks."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import logging
import subprocess
import sys

import pytest

import langgraph_sync
from langgraph_sync import testing


def test_the_installed_version_is_the_one_in_the_package():
    assert importlib.metadata.version("langgraph-sync") == langgraph_sync.__version__


def test_the_pytest_plugin_is_registered_by_entry_point():
    plugins = importlib.metadata.entry_points(group="pytest11")
    assert [p.value for p in plugins if p.name == "langgraph_sync"] == ["langgraph_sync.testing"]


def test_the_logger_has_a_null_handler():
    handlers = logging.getLogger("langgraph_sync").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_a_warning_prints_nothing_in_a_script_that_did_not_configure_logging():
    script = "import langgraph_sync, logging; logging.getLogger('langgraph_sync').warning('retrying')"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and result.stderr == ""


def test_without_the_server_packages_the_plugin_names_the_extra(monkeypatch, tmp_path):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "langgraph_api" else real_find_spec(name, *a)
    )
    config = tmp_path / "langgraph.json"
    config.write_text('{"graphs": {}}')
    missing = pytest.raises(
        testing.ServerPackagesMissing, match=r"langgraph_api.* not installed .*langgraph-sync\[testing\]"
    )
    with missing, testing.running_server(config):
        pass


def test_a_missing_config_is_named(tmp_path):
    with (
        pytest.raises(FileNotFoundError, match="no LangGraph config at .*nowhere.json"),
        testing.running_server(tmp_path / "nowhere.json"),
    ):
        pass


def test_the_config_copy_points_at_the_users_files(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    config = project / "langgraph.json"
    config.write_text(
        json.dumps(
            {
                "dependencies": [".", "some-package"],
                "graphs": {"agent": "./agent.py:graph", "packaged": "my_pkg.graphs:graph"},
                "env": ".env",
            }
        )
    )
    workdir = tmp_path / "work"
    workdir.mkdir()
    copied = json.loads(testing._config_for(config, workdir).read_text())
    assert copied == {
        "dependencies": [str(project / "."), "some-package"],
        "graphs": {"agent": str(project / "./agent.py") + ":graph", "packaged": "my_pkg.graphs:graph"},
        "env": str(project / ".env"),
    }


class _Options:
    """The two pytest.Config methods the plugin reads, for a given command line and ini."""

    def __init__(self, rootpath, option=None, ini="langgraph.json"):
        self.rootpath, self._option, self._ini = rootpath, option, ini

    def getoption(self, name):
        assert name == "--langgraph-config"
        return self._option

    def getini(self, name):
        assert name == "langgraph_config"
        return self._ini


def test_the_config_comes_from_the_option_else_the_ini_relative_to_the_rootdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert testing._config_path(_Options(tmp_path / "root", option="cli.json")) == tmp_path / "cli.json"
    assert testing._config_path(_Options(tmp_path / "root", ini="agent/lg.json")) == tmp_path / "root/agent/lg.json"
    assert testing._config_path(_Options(tmp_path / "root")) == tmp_path / "root/langgraph.json"


def test_the_suite_reads_its_graphs_through_the_ini(pytestconfig):
    assert testing._config_path(pytestconfig) == pytestconfig.rootpath / "tests/graphs/langgraph.json"
