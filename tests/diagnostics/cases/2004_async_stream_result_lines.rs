//! mistake: filtered a stream of `io::Result<String>` lines (as a line reader yields) with `l.starts_with(..)` without handling the `Result`
//! offending: starts_with
//! category: async
use comprehensions::acomp;
use futures::stream;
use std::io;

async fn run() {
    let lines = stream::iter(vec![
        Ok::<String, io::Error>("ERROR disk full".to_string()),
        Ok("INFO started".to_string()),
    ]);
    let errors = acomp![l async for l in lines if l.starts_with("ERROR")];
    println!("{errors:?}");
}

fn main() {
    futures::executor::block_on(run());
}
