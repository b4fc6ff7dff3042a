//! mistake: iterates a std BufRead's lines() with `async for`, as asyncio code iterates a StreamReader
//! offending: reader.lines()
//! category: async
use std::io::{BufRead, BufReader, Cursor};

use comprehensions::acomp;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let reader = BufReader::new(Cursor::new("GET /a\nGET /b\n"));
    let lines = acomp![l.unwrap() async for l in reader.lines()];
    println!("{lines:?}");
}
