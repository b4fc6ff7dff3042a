//! mistake: the lines stream yields `io::Result<String>`; the filter calls `starts_with` on the Result
//! offending: starts_with
//! category: async
use futures::io::{AsyncBufReadExt, BufReader, Cursor};
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let log = Cursor::new(b"INFO start\nERROR disk full\nERROR timeout\n".to_vec());
    let mut lines = BufReader::new(log).lines();
    let mut errors = Vec::new();
    while let Some(line) = lines.next().await {
        if line.starts_with("ERROR") {
            errors.push(line);
        }
    }
    println!("{errors:?}");
}
