//! mistake: a plain `for` over a `Stream` of server events (Python's `for` where `async for` was needed)
//! offending: subscribe()
//! category: async
use comprehensions::acomp;
use futures::{stream, Stream};

struct Event {
    user_id: u32,
    kind: String,
}

fn subscribe() -> impl Stream<Item = Event> {
    stream::iter(vec![
        Event { user_id: 1, kind: "login".to_string() },
        Event { user_id: 2, kind: "logout".to_string() },
    ])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let logins = acomp![ev.user_id for ev in subscribe() if ev.kind == "login"];
    println!("{logins:?}");
}
