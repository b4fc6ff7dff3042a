//! mistake: iterated a stream of registry events with a plain `for` instead of `async for`
//! offending: registry_events()
//! category: async
use comprehensions::acomp;
use futures::Stream;

fn registry_events() -> impl Stream<Item = String> {
    futures::stream::iter(vec!["publish serde 1.0.198".to_string(), "yank left-pad 0.1.0".to_string()])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let yanks: Vec<String> = acomp![ev.to_uppercase() for ev in registry_events() if ev.starts_with("yank")];
    println!("{yanks:?}");
}
