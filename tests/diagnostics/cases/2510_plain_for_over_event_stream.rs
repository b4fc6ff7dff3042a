//! mistake: iterated a carrier event `Stream` with a plain `for` instead of `async for`
//! offending: carrier_events()
//! category: async
use comprehensions::acomp;

use futures::stream::{self, Stream};

#[derive(Debug)]
struct ScanEvent {
    hub: &'static str,
    minute: u32,
}

fn carrier_events() -> impl Stream<Item = ScanEvent> {
    stream::iter(vec![ScanEvent { hub: "LYS", minute: 10 }, ScanEvent { hub: "CDG", minute: 250 }])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hubs = acomp![e.hub for e in carrier_events() if e.minute > 60];
    println!("{hubs:?}");
}
