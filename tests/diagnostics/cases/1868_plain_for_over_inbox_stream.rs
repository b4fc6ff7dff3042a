//! mistake: iterated a message stream with a plain `for` (Python's `async for msg in inbox` written `for msg in inbox`)
//! offending: m in inbox
//! category: async
use comprehensions::acomp;
use futures::stream;

async fn handle(msg: &str) -> usize {
    msg.len()
}

async fn run() {
    let inbox = stream::iter(vec!["hello".to_string(), "ping".to_string()]);
    let handled = acomp![handle(&m).await for m in inbox];
    println!("{handled:?}");
}

fn main() {
    futures::executor::block_on(run());
}
