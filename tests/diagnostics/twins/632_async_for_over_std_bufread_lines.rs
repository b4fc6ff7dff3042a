//! mistake: iterates a std BufRead's lines() with `async for`, as asyncio code iterates a StreamReader
//! offending: it.next().await
//! category: async
use std::io::{BufRead, BufReader, Cursor};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let reader = BufReader::new(Cursor::new("GET /a\nGET /b\n"));
    let mut it = reader.lines();
    let mut lines = Vec::new();
    while let Some(l) = it.next().await {
        lines.push(l.unwrap());
    }
    println!("{lines:?}");
}
