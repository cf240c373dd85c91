"""Recording with vcrpy: a cassette records the client's requests once, then replays them with
no server. (pytest-recording's `@pytest.mark.vcr` makes the same cassettes.)"""

import vcr

from langgraph_sync import get_client


def test_record_then_replay(langgraph_url, tmp_path):
    recorder = vcr.VCR(cassette_library_dir=str(tmp_path))
    with recorder.use_cassette("assistants.yaml"):  # the first run records...
        recorded = get_client(langgraph_url).assistants.search(graph_id="agent")
    with recorder.use_cassette("assistants.yaml", record_mode="none") as cassette:  # ...later runs replay
        replayed = get_client(langgraph_url).assistants.search(graph_id="agent")
    assert cassette.play_count == 1
    assert replayed == recorded
