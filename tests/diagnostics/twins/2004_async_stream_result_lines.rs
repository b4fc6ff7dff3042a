//! mistake: filtered a stream of `io::Result<String>` lines (as a line reader yields) with `l.starts_with(..)` without handling the `Result`
//! offending: starts_with
//! category: async
use futures::stream;
use futures::StreamExt;
use std::io;

async fn run() {
    let mut lines = stream::iter(vec![
        Ok::<String, io::Error>("ERROR disk full".to_string()),
        Ok("INFO started".to_string()),
    ]);
    let mut errors = Vec::new();
    while let Some(l) = lines.next().await {
        if l.starts_with("ERROR") {
            errors.push(l);
        }
    }
    println!("{errors:?}");
}

fn main() {
    futures::executor::block_on(run());
}
