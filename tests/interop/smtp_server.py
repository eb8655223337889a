"""A real SMTP server for the tests (aiosmtpd): listens on a loopback port,
prints `listening PORT`, and appends each message it accepts to a file as
one JSON line (sender, recipients, the message's text). With --refuse it
answers every message with a temporary failure (451), as a server that is
having trouble does."""

import json
import socket
import sys
import time

from aiosmtpd.controller import Controller


class Keeper:
    def __init__(self, path, refuse):
        self.path = path
        self.refuse = refuse

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return "451 4.3.0 try again later"
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps({
                "from": envelope.mail_from,
                "to": envelope.rcpt_tos,
                "text": envelope.content.decode("utf-8", "replace"),
            }) + "\n")
        return "250 OK"


def main():
    path = sys.argv[1]
    refuse = "--refuse" in sys.argv
    # aiosmtpd connects to its own port to see that it listens, so it
    # needs the port before it starts: a free one, from the system.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Keeper(path, refuse), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"listening {port}", flush=True)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
