//! mistake: a lazy `acomp!` stream used as a statement for its side effects (a stream does nothing unless polled)
//! offending: acomp!((notify(u) async for u in users));
//! category: lint
use comprehensions::acomp;
use futures::stream;

fn notify(user: &str) {
    println!("notifying {user}");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let users = stream::iter(vec!["ann", "bo"]);
    acomp!((notify(u) async for u in users));
}
