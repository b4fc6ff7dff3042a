//! mistake: iterated a stream of registry events with a plain `for` instead of `async for`
//! offending: registry_events()
//! category: async
use futures::Stream;

fn registry_events() -> impl Stream<Item = String> {
    futures::stream::iter(vec!["publish serde 1.0.198".to_string(), "yank left-pad 0.1.0".to_string()])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut yanks: Vec<String> = Vec::new();
    for ev in registry_events() {
        if ev.starts_with("yank") {
            yanks.push(ev.to_uppercase());
        }
    }
    println!("{yanks:?}");
}
