//! mistake: wrote the lazy `acomp!((..))` for its side effects as a statement: a stream does nothing unless polled
//! offending: acomp!((notify(u).await for u in &users))
//! category: lint
use comprehensions::acomp;

async fn notify(user: &str) -> bool {
    !user.is_empty()
}

async fn run(users: Vec<String>) {
    acomp!((notify(u).await for u in &users));
    println!("notified {}", users.len());
}

fn main() {
    futures::executor::block_on(run(vec!["ann".into(), "bob".into()]));
}
