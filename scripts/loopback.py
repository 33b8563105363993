"""What the scripts that start evalfeedback-server share: a free port on the loopback."""
import socket


def free_port():
    """A port nobody listens on at 127.0.0.1, for a server the script starts."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
