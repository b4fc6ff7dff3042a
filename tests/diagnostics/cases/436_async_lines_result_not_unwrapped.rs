//! mistake: `async for line in reader.lines()` yields `io::Result<String>`; the filter calls `starts_with` on the Result
//! offending: starts_with
//! category: async
use comprehensions::acomp;
use futures::io::{AsyncBufReadExt, BufReader, Cursor};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let log = Cursor::new(b"INFO start\nERROR disk full\nERROR timeout\n".to_vec());
    let lines = BufReader::new(log).lines();
    // Python: errors = [l async for l in reader if l.startswith("ERROR")]
    let errors = acomp![line async for line in lines if line.starts_with("ERROR")];
    println!("{errors:?}");
}
