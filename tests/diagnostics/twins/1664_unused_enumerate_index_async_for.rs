//! mistake: Python's `for i, ev in enumerate(..)` habit kept in an `async for` whose index is never used
//! offending: (i, ev)
//! category: lint
use futures::{stream, StreamExt};

struct Event {
    level: u8,
    name: String,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut events = stream::iter(vec![
        Event { level: 1, name: "tick".to_string() },
        Event { level: 4, name: "disk full".to_string() },
    ])
    .enumerate();
    let mut alerts = Vec::new();
    while let Some((i, ev)) = events.next().await {
        if ev.level > 2 {
            alerts.push(ev.name);
        }
    }
    println!("{alerts:?}");
}
