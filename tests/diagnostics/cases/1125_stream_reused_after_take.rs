//! mistake: reads a header with `take(1)` and then iterates the same stream again, as a Python async generator resumes where it stopped
//! offending: events
//! category: python-habit
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec!["ts,kind", "1,click", "2,view", "3,click"]);
    let header = acomp![h.to_string() async for h in events.take(1)];
    let clicks = acomp![e async for e in events if e.ends_with("click")];
    println!("{header:?} {clicks:?}");
}
