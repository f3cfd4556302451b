"""Settings: every bad value stops start-up with a message naming the variable."""

import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT, ConfigError, load_settings, state_path

GOOD = {"DISCORD_TOKEN": "abc.def", "DISCORD_API_BASE": "http://127.0.0.1:8080/api/v10",
        "DISCORD_GATEWAY": "ws://127.0.0.1:8080/gateway", "BRIEFBOT_GUILD": "1100000000000000003", "LOG_LEVEL": "debug"}


def test_good_settings_are_read():
    s = load_settings(GOOD)
    assert s.api_base == "http://127.0.0.1:8080/api/v10" and s.guild == 1100000000000000003 and s.log_level == 10
    assert "abc.def" not in repr(s)


@pytest.mark.parametrize("name, value", [
    ("DISCORD_API_BASE", "ftp://x/api/v10"), ("DISCORD_API_BASE", "http://127.0.0.1:8080"),
    ("DISCORD_API_BASE", "127.0.0.1:8080/api/v10"), ("DISCORD_GATEWAY", "http://127.0.0.1/gateway"),
    ("DISCORD_GATEWAY", "ws://"), ("BRIEFBOT_GUILD", "máy chủ của tôi"), ("BRIEFBOT_GUILD", "12"),
    ("LOG_LEVEL", "loud"), ("DISCORD_TOKEN", "two words"), ("SOURCE_BASE_URL", "javascript:alert(1)"),
])
def test_a_bad_value_names_its_variable(name, value):
    with pytest.raises(ConfigError, match=name):
        load_settings(GOOD | {name: value})


def test_the_command_line_reports_a_bad_setting_without_a_traceback(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), "DISCORD_TOKEN": "abc",
           "DISCORD_API_BASE": "ftp://nowhere", "BRIEFBOT_DB": str(tmp_path / "x.db")}
    run = subprocess.run([sys.executable, "-m", "bot"], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=False, timeout=60)
    assert run.returncode == 2 and "DISCORD_API_BASE" in run.stderr and "Traceback" not in run.stderr


def test_dotenv_fills_what_the_environment_leaves_unset(tmp_path):
    (tmp_path / ".env").write_text('LOG_LEVEL="WARNING"\nBRIEFBOT_GUILD=1100000000000000003\n')
    code = ("from bot.config import load_dotenv, load_settings; load_dotenv(); s = load_settings();"
            "print(s.log_level, s.guild)")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), "LOG_LEVEL": "ERROR"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=False, timeout=60)
    assert run.stdout.split() == ["40", "1100000000000000003"], run.stderr


def test_the_bot_state_lives_beside_the_database_not_in_it(tmp_path):
    assert state_path(tmp_path / "briefbot.db") == tmp_path / "briefbot.state.db"
